-- Landing table for one batch: parsed, row-level-cleaned source lines before the set-based rules and key lookups.
-- Text compares byte for byte (BIN2), as in DuckDB: codes and descriptions differing only by case stay distinct.
CREATE TABLE stg.sales_line (
    batch_id                INT            NOT NULL,
    source_sheet            NVARCHAR(100)  NULL,
    source_row_number       BIGINT         NOT NULL,
    invoice_no              NVARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,
    invoice_at              DATETIME2(0)   NOT NULL,
    stock_code              NVARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,
    stock_code_raw          NVARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL,
    description_raw         NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NULL,
    quantity                INT            NOT NULL,
    unit_price              DECIMAL(18, 4) NOT NULL,
    customer_id             NVARCHAR(20) COLLATE Latin1_General_100_BIN2 NULL,
    country                 NVARCHAR(100) COLLATE Latin1_General_100_BIN2 NULL,
    product_class           NVARCHAR(20)   NOT NULL,
    is_cancellation         BIT            NOT NULL,
    is_bad_debt_adjustment  BIT            NOT NULL,
    is_stock_adjustment     BIT            NOT NULL
);
