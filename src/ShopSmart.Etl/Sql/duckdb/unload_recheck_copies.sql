-- unload: lines of a remaining batch flagged as copies of earlier batches, where no earlier batch still holds the
-- line, are no longer duplicates, unless a second copy within their own file. Same rules as fact_insert.sql.
UPDATE dw.fact_sales AS f
SET is_already_loaded = false,
    is_duplicate = c.is_copy_in_file,
    is_clean_sale = NOT f.is_cancellation AND NOT f.is_bad_debt_adjustment AND NOT f.is_stock_adjustment AND NOT f.is_non_product
        AND NOT c.is_copy_in_file AND f.quantity > 0 AND f.unit_price > 0
FROM (
    SELECT
        s.sales_line_key,
        row_number() OVER (
            PARTITION BY s.invoice_no, s.stock_code_raw, s.description_raw, s.quantity, s.invoice_at, s.unit_price, s.customer_id, s.country
            ORDER BY l.source_sheet, l.source_row_number) > 1 AS is_copy_in_file,
        EXISTS (
            SELECT 1
            FROM dw.v_sales_line_source AS e
            WHERE e.batch_id < s.batch_id
              AND e.invoice_no = s.invoice_no
              AND e.stock_code_raw = s.stock_code_raw
              AND e.invoice_at = s.invoice_at
              AND e.quantity = s.quantity
              AND e.unit_price = s.unit_price
              AND e.description_raw IS NOT DISTINCT FROM s.description_raw
              AND e.customer_id IS NOT DISTINCT FROM s.customer_id
              AND e.country IS NOT DISTINCT FROM s.country
        ) AS is_earlier_copy
    FROM dw.v_sales_line_source AS s
    JOIN dw.fact_sales AS l ON l.sales_line_key = s.sales_line_key
    WHERE s.batch_id = $batch_id
) AS c
WHERE f.sales_line_key = c.sales_line_key
  AND f.is_already_loaded
  AND NOT c.is_earlier_copy;
