-- Duplicate policy Quarantine: second and later exact copies of a line go to etl.rejected_row.
INSERT INTO etl.rejected_row (batch_id, source_file, source_sheet, source_row_number, reason_code, reason_detail, raw_values, line_value)
SELECT
    batch_id,
    $source_file,
    source_sheet,
    source_row_number,
    'DUPLICATE_LINE',
    'exact copy of row ' || CAST(first_row AS VARCHAR),
    concat_ws(',', invoice_no, stock_code_raw, coalesce(description_raw, ''), CAST(quantity AS VARCHAR),
              strftime(invoice_at, '%Y-%m-%d %H:%M:%S'), CAST(unit_price AS VARCHAR), coalesce(customer_id, ''), coalesce(country, '')),
    quantity * unit_price
FROM (
    SELECT
        s.*,
        row_number() OVER copies AS copy_number,
        first_value(source_row_number) OVER copies AS first_row
    FROM stg.sales_line AS s
    WHERE batch_id = $batch_id
    WINDOW copies AS (
        PARTITION BY invoice_no, stock_code_raw, description_raw, quantity, invoice_at, unit_price, customer_id, country
        ORDER BY source_sheet, source_row_number
    )
) AS numbered
WHERE copy_number > 1;
