-- Line hashes the loader computed for facts loaded before dw.fact_sales stored them (a one-time backfill).
CREATE TABLE stg.line_hash (
    sales_line_key  BIGINT NOT NULL,
    line_hash       UUID   NOT NULL
);
