-- Landing table for one batch, in its second shape: each line as numbers only — its text values are ids into
-- stg.text_value (the batch's distinct texts, written once), and every row-level flag and the line hash are set by
-- the loader (LineClassifier), the one home of the row rules. Staging is scratch, emptied by every load, so the
-- first shape is dropped rather than altered.
DROP TABLE stg.sales_line;

CREATE TABLE stg.sales_line (
    batch_id                  INT              NOT NULL,
    source_sheet_text_id      INT              NULL,
    source_row_number         BIGINT           NOT NULL,
    invoice_text_id           INT              NOT NULL,
    invoice_at                DATETIME2(0)     NOT NULL,
    date_key                  INT              NOT NULL,
    stock_code_text_id        INT              NOT NULL,
    stock_code_raw_text_id    INT              NOT NULL,
    description_text_id       INT              NULL,
    quantity                  INT              NOT NULL,
    unit_price                DECIMAL(18, 4)   NOT NULL,
    customer_text_id          INT              NULL,
    country_text_id           INT              NULL,
    product_class_text_id     INT              NOT NULL,
    line_hash                 UNIQUEIDENTIFIER NOT NULL,
    is_cancellation           BIT              NOT NULL,
    is_bad_debt_adjustment    BIT              NOT NULL,
    is_stock_adjustment       BIT              NOT NULL,
    is_non_product            BIT              NOT NULL,
    is_missing_customer       BIT              NOT NULL,
    is_missing_description    BIT              NOT NULL,
    is_zero_price             BIT              NOT NULL,
    is_negative_price         BIT              NOT NULL,
    is_sale                   BIT              NOT NULL,
    is_stock_code_normalised  BIT              NOT NULL,
    is_description_untrimmed  BIT              NOT NULL,
    has_null_word             BIT              NOT NULL
);
