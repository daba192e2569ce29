-- unload: lines of the remaining batches $first_batch … $last_batch flagged as copies of earlier batches, where no
-- earlier batch still holds the line (same line_hash, the one definition of "the same source line"), are no longer
-- duplicates, unless a second copy within their own file. Several batches at once give what one at a time gives: the
-- earliest remaining copy is freed, a later one still has it before it. A clean sale is then a row-level sale that is not a copy, as in fact_insert.sql.
UPDATE dw.fact_sales AS f
SET is_already_loaded = false,
    is_duplicate = c.is_copy_in_file,
    is_clean_sale = NOT f.is_cancellation AND NOT f.is_bad_debt_adjustment AND NOT f.is_stock_adjustment AND NOT f.is_non_product
        AND NOT c.is_copy_in_file AND f.quantity > 0 AND f.unit_price > 0
FROM (
    SELECT
        l.sales_line_key,
        row_number() OVER (PARTITION BY l.batch_id, l.line_hash ORDER BY l.source_sheet, l.source_row_number) > 1 AS is_copy_in_file,
        EXISTS (
            SELECT 1
            FROM dw.fact_sales AS e
            WHERE e.batch_id < l.batch_id
              AND e.line_hash = l.line_hash
        ) AS is_earlier_copy
    FROM dw.fact_sales AS l
    WHERE l.batch_id BETWEEN $first_batch AND $last_batch
) AS c
WHERE f.sales_line_key = c.sales_line_key
  AND f.is_already_loaded
  AND NOT c.is_earlier_copy;
