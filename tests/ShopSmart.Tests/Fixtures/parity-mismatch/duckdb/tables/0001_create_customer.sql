-- Parity fixture: DuckDB side has one column more than the T-SQL side.
CREATE SCHEMA IF NOT EXISTS dw;
CREATE TABLE dw.customer (
    customer_key INTEGER NOT NULL,
    customer_id VARCHAR(20) NOT NULL,
    loyalty_tier VARCHAR(10) NULL
);
