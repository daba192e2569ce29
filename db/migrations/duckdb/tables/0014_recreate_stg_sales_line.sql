-- Landing table for one batch, in its second shape: each line as numbers only — its text values are ids into
-- stg.text_value (the batch's distinct texts, written once), and every row-level flag and the line hash are set by
-- the loader (LineClassifier), the one home of the row rules. Staging is scratch, emptied by every load, so the
-- first shape is dropped rather than altered.
DROP TABLE stg.sales_line;

CREATE TABLE stg.sales_line (
    batch_id                  INTEGER        NOT NULL,
    source_sheet_text_id      INTEGER        NULL,
    source_row_number         BIGINT         NOT NULL,
    invoice_text_id           INTEGER        NOT NULL,
    invoice_at                TIMESTAMP      NOT NULL,
    date_key                  INTEGER        NOT NULL,
    stock_code_text_id        INTEGER        NOT NULL,
    stock_code_raw_text_id    INTEGER        NOT NULL,
    description_text_id       INTEGER        NULL,
    quantity                  INTEGER        NOT NULL,
    unit_price                DECIMAL(18, 4) NOT NULL,
    customer_text_id          INTEGER        NULL,
    country_text_id           INTEGER        NULL,
    product_class_text_id     INTEGER        NOT NULL,
    line_hash                 UUID           NOT NULL,
    is_cancellation           BOOLEAN        NOT NULL,
    is_bad_debt_adjustment    BOOLEAN        NOT NULL,
    is_stock_adjustment       BOOLEAN        NOT NULL,
    is_non_product            BOOLEAN        NOT NULL,
    is_missing_customer       BOOLEAN        NOT NULL,
    is_missing_description    BOOLEAN        NOT NULL,
    is_zero_price             BOOLEAN        NOT NULL,
    is_negative_price         BOOLEAN        NOT NULL,
    is_sale                   BOOLEAN        NOT NULL,
    is_stock_code_normalised  BOOLEAN        NOT NULL,
    is_description_untrimmed  BOOLEAN        NOT NULL,
    has_null_word             BOOLEAN        NOT NULL
);
