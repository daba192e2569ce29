-- Duplicate policy Quarantine: second and later exact copies of a line go to etl.rejected_row.
WITH numbered AS (
    SELECT
        s.*,
        ROW_NUMBER() OVER (
            PARTITION BY invoice_no, stock_code_raw, description_raw, quantity, invoice_at, unit_price, customer_id, country
            ORDER BY source_sheet, source_row_number) AS copy_number,
        FIRST_VALUE(source_row_number) OVER (
            PARTITION BY invoice_no, stock_code_raw, description_raw, quantity, invoice_at, unit_price, customer_id, country
            ORDER BY source_sheet, source_row_number) AS first_row
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
    CONCAT(N'exact copy of row ', first_row),
    CONCAT_WS(N',', invoice_no, stock_code_raw, ISNULL(description_raw, N''), quantity,
              CONVERT(NVARCHAR(19), invoice_at, 120), unit_price, ISNULL(customer_id, N''), ISNULL(country, N'')),
    quantity * unit_price
FROM numbered
WHERE copy_number > 1;
