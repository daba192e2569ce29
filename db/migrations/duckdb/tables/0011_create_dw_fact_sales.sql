-- Sales at invoice-line grain: every loaded source line, measures plus the cleaning rules' flags.
-- No foreign keys here: DuckDB rejects updates to referenced dimension rows, and the dimensions are refreshed per batch.
CREATE SEQUENCE dw.seq_sales_line START 1;

CREATE TABLE dw.fact_sales (
    sales_line_key            BIGINT         NOT NULL DEFAULT nextval('dw.seq_sales_line'),
    batch_id                  INTEGER        NOT NULL,
    source_sheet              VARCHAR(100)   NULL,
    source_row_number         BIGINT         NOT NULL,
    invoice_no                VARCHAR(20)    NOT NULL,
    invoice_at                TIMESTAMP      NOT NULL,
    date_key                  INTEGER        NOT NULL,
    customer_key              INTEGER        NOT NULL,
    product_key               INTEGER        NOT NULL,
    country_key               INTEGER        NOT NULL,
    stock_code_raw            VARCHAR(20)    NOT NULL,
    description_raw           VARCHAR(200)   NULL,
    quantity                  INTEGER        NOT NULL,
    unit_price                DECIMAL(18, 4) NOT NULL,
    line_revenue              DECIMAL(19, 4) NOT NULL,
    is_cancellation           BOOLEAN        NOT NULL,
    is_bad_debt_adjustment    BOOLEAN        NOT NULL,
    is_stock_adjustment       BOOLEAN        NOT NULL,
    is_non_product            BOOLEAN        NOT NULL,
    is_missing_customer       BOOLEAN        NOT NULL,
    is_missing_description    BOOLEAN        NOT NULL,
    is_zero_price             BOOLEAN        NOT NULL,
    is_negative_price         BOOLEAN        NOT NULL,
    is_duplicate              BOOLEAN        NOT NULL,
    is_already_loaded         BOOLEAN        NOT NULL DEFAULT false,
    is_quantity_outlier       BOOLEAN        NOT NULL,
    is_price_outlier          BOOLEAN        NOT NULL,
    is_clean_sale             BOOLEAN        NOT NULL,
    cancelled_sales_line_key  BIGINT         NULL
);
