-- unload: lines of the remaining batches @first_batch … @last_batch flagged as copies of earlier batches, where no
-- earlier batch still holds the line (same line_hash, the one definition of "the same source line"), are no longer
-- duplicates, unless a second copy within their own file. Several batches at once give what one at a time gives: the
-- earliest remaining copy is freed, a later one still has it before it. A clean sale is then a row-level sale that is not a copy, as in fact_insert.sql.
WITH checked AS (
    SELECT
        l.sales_line_key,
        CASE WHEN ROW_NUMBER() OVER (PARTITION BY l.batch_id, l.line_hash ORDER BY l.source_sheet, l.source_row_number) > 1 THEN 1 ELSE 0 END AS is_copy_in_file,
        CASE
            WHEN EXISTS (
                SELECT 1
                FROM dw.fact_sales AS e
                WHERE e.batch_id < l.batch_id
                  AND e.line_hash = l.line_hash
            ) THEN 1
            ELSE 0
        END AS is_earlier_copy
    FROM dw.fact_sales AS l
    WHERE l.batch_id BETWEEN @first_batch AND @last_batch
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
