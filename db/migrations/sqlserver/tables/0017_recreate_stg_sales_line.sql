-- Landing table for one batch, in its second shape: each line as numbers only — its text values are ids into
-- stg.text_value (the batch's distinct texts, written once), and every row-level flag and the line hash are set by
-- the loader (LineClassifier), the one home of the row rules. The flags travel as the bits of one integer, as C#'s
-- LineFlags numbers them (1 cancellation, 2 bad-debt adjustment, 4 stock adjustment, 8 non-product, 16 missing
-- customer, 32 missing description, 64 zero price, 128 negative price, 256 sale, 512 stock code normalised,
-- 1024 description untrimmed, 2048 null word): the bulk path costs per value written, and twelve flags cost twelve.
-- Staging is scratch, emptied by every load, so the first shape is dropped rather than altered.
DROP TABLE stg.sales_line;

CREATE TABLE stg.sales_line (
    batch_id                INT              NOT NULL,
    source_sheet_text_id    INT              NOT NULL,
    source_row_number       BIGINT           NOT NULL,
    invoice_text_id         INT              NOT NULL,
    invoice_at              DATETIME2(0)     NOT NULL,
    stock_code_text_id      INT              NOT NULL,
    stock_code_raw_text_id  INT              NOT NULL,
    description_text_id     INT              NOT NULL,
    quantity                INT              NOT NULL,
    unit_price              DECIMAL(18, 4)   NOT NULL,
    customer_text_id        INT              NOT NULL,
    country_text_id         INT              NOT NULL,
    product_class_text_id   INT              NOT NULL,
    line_hash               UNIQUEIDENTIFIER NOT NULL,
    flags                   INT              NOT NULL
);
