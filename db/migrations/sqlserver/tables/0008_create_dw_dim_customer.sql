-- Customer dimension; key 0 is the unknown member that guest lines (no CustomerID) point to.
-- Text compares byte for byte (BIN2), as in DuckDB: codes and descriptions differing only by case stay distinct.
CREATE TABLE dw.dim_customer (
    customer_key      INT          NOT NULL CONSTRAINT pk_dim_customer PRIMARY KEY,
    customer_id       NVARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL CONSTRAINT uq_dim_customer_id UNIQUE,
    country_key       INT          NOT NULL CONSTRAINT fk_dim_customer_country REFERENCES dw.dim_country (country_key),
    countries_count   INT          NOT NULL,
    first_invoice_at  DATETIME2(0) NULL,
    last_invoice_at   DATETIME2(0) NULL,
    is_unknown        BIT          NOT NULL
);

INSERT INTO dw.dim_customer (customer_key, customer_id, country_key, countries_count, is_unknown)
VALUES (0, N'(guest)', 0, 0, 1);
