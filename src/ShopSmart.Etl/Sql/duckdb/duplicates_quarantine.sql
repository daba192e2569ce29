-- Duplicate policy Quarantine: second and later exact copies of a line, and lines an earlier batch already
-- loaded, go to etl.rejected_row.
INSERT INTO etl.rejected_row (batch_id, source_file, source_sheet, source_row_number, reason_code, reason_detail, raw_values, line_value)
SELECT
    batch_id,
    $source_file,
    source_sheet,
    source_row_number,
    'DUPLICATE_LINE',
    CASE
        WHEN earlier_batch_id IS NOT NULL THEN 'already loaded by batch ' || CAST(earlier_batch_id AS VARCHAR)
        ELSE 'exact copy of row ' || CAST(first_row AS VARCHAR)
    END,
    concat_ws(',', invoice_no, stock_code_raw, coalesce(description_raw, ''), CAST(quantity AS VARCHAR),
              strftime(invoice_at, '%Y-%m-%d %H:%M:%S'), CAST(unit_price AS VARCHAR), coalesce(customer_id, ''), coalesce(country, '')),
    quantity * unit_price
FROM (
    SELECT
        s.*,
        row_number() OVER copies AS copy_number,
        first_value(source_row_number) OVER copies AS first_row,
        (
            SELECT min(e.batch_id)
            FROM dw.v_sales_line_source AS e
            WHERE e.invoice_no = s.invoice_no
              AND e.stock_code_raw = s.stock_code_raw
              AND e.invoice_at = s.invoice_at
              AND e.quantity = s.quantity
              AND e.unit_price = s.unit_price
              AND e.description_raw IS NOT DISTINCT FROM s.description_raw
              AND e.customer_id IS NOT DISTINCT FROM s.customer_id
              AND e.country IS NOT DISTINCT FROM s.country
        ) AS earlier_batch_id
    FROM stg.sales_line AS s
    WHERE batch_id = $batch_id
    WINDOW copies AS (
        PARTITION BY invoice_no, stock_code_raw, description_raw, quantity, invoice_at, unit_price, customer_id, country
        ORDER BY source_sheet, source_row_number
    )
) AS numbered
WHERE copy_number > 1
   OR earlier_batch_id IS NOT NULL;
