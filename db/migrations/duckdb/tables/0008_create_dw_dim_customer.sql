-- Customer dimension; key 0 is the unknown member that guest lines (no CustomerID) point to.
CREATE TABLE dw.dim_customer (
    customer_key      INTEGER     NOT NULL PRIMARY KEY,
    customer_id       VARCHAR(20) NOT NULL UNIQUE,
    country_key       INTEGER     NOT NULL,
    countries_count   INTEGER     NOT NULL,
    first_invoice_at  TIMESTAMP   NULL,
    last_invoice_at   TIMESTAMP   NULL,
    is_unknown        BOOLEAN     NOT NULL
);

INSERT INTO dw.dim_customer (customer_key, customer_id, country_key, countries_count, is_unknown)
VALUES (0, '(guest)', 0, 0, true);
