-- unload: lines of a remaining batch flagged as copies of earlier batches, where no earlier batch still holds the
-- line, are no longer duplicates, unless a second copy within their own file. Same rules as fact_insert.sql.
WITH checked AS (
    SELECT
        s.sales_line_key,
        CASE
            WHEN ROW_NUMBER() OVER (
                PARTITION BY s.invoice_no, s.stock_code_raw, s.description_raw, s.quantity, s.invoice_at, s.unit_price, s.customer_id, s.country
                ORDER BY l.source_sheet, l.source_row_number) > 1 THEN 1
            ELSE 0
        END AS is_copy_in_file,
        CASE
            WHEN EXISTS (
                SELECT 1
                FROM dw.v_sales_line_source AS e
                WHERE e.batch_id < s.batch_id
                  AND e.invoice_no = s.invoice_no
                  AND e.stock_code_raw = s.stock_code_raw
                  AND e.invoice_at = s.invoice_at
                  AND e.quantity = s.quantity
                  AND e.unit_price = s.unit_price
                  AND (e.description_raw = s.description_raw OR (e.description_raw IS NULL AND s.description_raw IS NULL))
                  AND (e.customer_id = s.customer_id OR (e.customer_id IS NULL AND s.customer_id IS NULL))
                  AND (e.country = s.country OR (e.country IS NULL AND s.country IS NULL))
            ) THEN 1
            ELSE 0
        END AS is_earlier_copy
    FROM dw.v_sales_line_source AS s
    JOIN dw.fact_sales AS l ON l.sales_line_key = s.sales_line_key
    WHERE s.batch_id = @batch_id
)
UPDATE f
SET is_already_loaded = 0,
    is_duplicate = c.is_copy_in_file,
    is_clean_sale = CASE
        WHEN f.is_cancellation = 0 AND f.is_bad_debt_adjustment = 0 AND f.is_stock_adjustment = 0 AND f.is_non_product = 0
             AND c.is_copy_in_file = 0 AND f.quantity > 0 AND f.unit_price > 0 THEN 1
        ELSE 0
    END
FROM dw.fact_sales AS f
JOIN checked AS c ON c.sales_line_key = f.sales_line_key
WHERE f.is_already_loaded = 1
  AND c.is_earlier_copy = 0;
