-- Landing table for one batch: parsed, row-level-cleaned source lines before the set-based rules and key lookups.
CREATE TABLE stg.sales_line (
    batch_id                INTEGER        NOT NULL,
    source_sheet            VARCHAR(100)   NULL,
    source_row_number       BIGINT         NOT NULL,
    invoice_no              VARCHAR(20)    NOT NULL,
    invoice_at              TIMESTAMP      NOT NULL,
    stock_code              VARCHAR(20)    NOT NULL,
    stock_code_raw          VARCHAR(20)    NOT NULL,
    description_raw         VARCHAR(200)   NULL,
    quantity                INTEGER        NOT NULL,
    unit_price              DECIMAL(18, 4) NOT NULL,
    customer_id             VARCHAR(20)    NULL,
    country                 VARCHAR(100)   NULL,
    product_class           VARCHAR(20)    NOT NULL,
    is_cancellation         BOOLEAN        NOT NULL,
    is_bad_debt_adjustment  BOOLEAN        NOT NULL,
    is_stock_adjustment     BOOLEAN        NOT NULL
);
