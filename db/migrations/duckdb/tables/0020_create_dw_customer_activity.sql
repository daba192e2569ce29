-- What each known customer has bought (dw.v_customer_activity, the one definition), kept as a table so that
-- mart.v_customer_rfm and the views and exports built on it do not recount every sale line each time they are read
-- (distinct invoices and products per customer: ~2.5 s at 10 M lines, read ~9 times per main job). The ETL rewrites it
-- inside each load and unload (customer_activity_clear, customer_activity_insert); db/migrations/duckdb/derived/
-- rewrites it whenever a view changes. No key: it is rewritten whole, and DuckDB's unique index would only slow that.
CREATE TABLE dw.customer_activity (
    customer_key              INTEGER        NOT NULL,
    first_purchase_at         TIMESTAMP      NOT NULL,
    last_purchase_at          TIMESTAMP      NOT NULL,
    frequency                 INTEGER        NOT NULL,
    gross_revenue             DECIMAL(38, 4) NOT NULL,
    cancellation_value        DECIMAL(38, 4) NOT NULL,
    distinct_products         INTEGER        NOT NULL
);
