-- Duplicate policy Quarantine: second and later exact copies of a line, and lines an earlier batch already
-- loaded, go to etl.rejected_row.
WITH numbered AS (
    SELECT
        s.*,
        ROW_NUMBER() OVER (
            PARTITION BY invoice_no, stock_code_raw, description_raw, quantity, invoice_at, unit_price, customer_id, country
            ORDER BY source_sheet, source_row_number) AS copy_number,
        FIRST_VALUE(source_row_number) OVER (
            PARTITION BY invoice_no, stock_code_raw, description_raw, quantity, invoice_at, unit_price, customer_id, country
            ORDER BY source_sheet, source_row_number) AS first_row,
        (
            SELECT MIN(e.batch_id)
            FROM dw.v_sales_line_source AS e
            WHERE e.invoice_no = s.invoice_no
              AND e.stock_code_raw = s.stock_code_raw
              AND e.invoice_at = s.invoice_at
              AND e.quantity = s.quantity
              AND e.unit_price = s.unit_price
              AND (e.description_raw = s.description_raw OR (e.description_raw IS NULL AND s.description_raw IS NULL))
              AND (e.customer_id = s.customer_id OR (e.customer_id IS NULL AND s.customer_id IS NULL))
              AND (e.country = s.country OR (e.country IS NULL AND s.country IS NULL))
        ) AS earlier_batch_id
    FROM stg.sales_line AS s
    WHERE batch_id = @batch_id
)
INSERT INTO etl.rejected_row (batch_id, source_file, source_sheet, source_row_number, reason_code, reason_detail, raw_values, line_value)
SELECT
    batch_id,
    @source_file,
    source_sheet,
    source_row_number,
    N'DUPLICATE_LINE',
    CASE
        WHEN earlier_batch_id IS NOT NULL THEN CONCAT(N'already loaded by batch ', earlier_batch_id)
        ELSE CONCAT(N'exact copy of row ', first_row)
    END,
    CONCAT_WS(N',', invoice_no, stock_code_raw, ISNULL(description_raw, N''), quantity,
              CONVERT(NVARCHAR(19), invoice_at, 120), unit_price, ISNULL(customer_id, N''), ISNULL(country, N'')),
    quantity * unit_price
FROM numbered
WHERE copy_number > 1
   OR earlier_batch_id IS NOT NULL;
