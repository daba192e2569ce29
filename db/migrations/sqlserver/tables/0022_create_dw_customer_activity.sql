-- What each known customer has bought (dw.v_customer_activity, the one definition), kept as a table so that
-- mart.v_customer_rfm and the views and exports built on it do not recount every sale line each time they are read.
-- The ETL rewrites it inside each load and unload (customer_activity_clear, customer_activity_insert);
-- db/migrations/sqlserver/derived/ rewrites it whenever a view changes.
CREATE TABLE dw.customer_activity (
    customer_key              INT            NOT NULL CONSTRAINT pk_customer_activity PRIMARY KEY,
    first_purchase_at         DATETIME2(0)   NOT NULL,
    last_purchase_at          DATETIME2(0)   NOT NULL,
    frequency                 INT            NOT NULL,
    gross_revenue             DECIMAL(38, 4) NOT NULL,
    cancellation_value        DECIMAL(38, 4) NOT NULL,
    distinct_products         INT            NOT NULL
);
