-- Rows each cleaning rule matched in the batch's facts (zero counts included, so every rule is reported); the
-- counted-only row rules come from the flags the loader staged (LineFlags bits 512, 1024, 2048). None of these changes
-- once the batch is loaded. The rules a later load or unload can change on this batch's lines (duplicates and clean
-- sales, outliers, cancellation links, canonical descriptions) are counted for every batch at once by rule_counts_refresh.
WITH totals AS (
    SELECT
        COUNT(CASE WHEN f.is_cancellation = 1 THEN 1 END) AS cancellation,
        COUNT(CASE WHEN f.is_bad_debt_adjustment = 1 THEN 1 END) AS bad_debt_adjustment,
        COUNT(CASE WHEN f.is_stock_adjustment = 1 THEN 1 END) AS stock_adjustment,
        COUNT(CASE WHEN f.is_non_product = 1 THEN 1 END) AS non_product,
        COUNT(CASE WHEN f.is_missing_customer = 1 THEN 1 END) AS missing_customer,
        COUNT(CASE WHEN f.is_missing_description = 1 THEN 1 END) AS missing_description,
        COUNT(CASE WHEN f.is_zero_price = 1 THEN 1 END) AS zero_price,
        COUNT(CASE WHEN f.is_negative_price = 1 THEN 1 END) AS negative_price
    FROM dw.fact_sales AS f
    WHERE f.batch_id = @batch_id
),
staged AS (
    SELECT
        COUNT(CASE WHEN flags & 512 <> 0 THEN 1 END) AS stock_code_normalised,
        COUNT(CASE WHEN flags & 1024 <> 0 THEN 1 END) AS description_untrimmed,
        COUNT(CASE WHEN flags & 2048 <> 0 THEN 1 END) AS null_word
    FROM stg.sales_line
    WHERE batch_id = @batch_id
)
INSERT INTO etl.batch_rule_count (batch_id, rule_code, rows_matched)
SELECT @batch_id, v.rule_code, v.rows_matched
FROM totals AS t
CROSS JOIN staged AS st
CROSS APPLY (VALUES
    (N'CANCELLATION', t.cancellation),
    (N'BAD_DEBT_ADJUSTMENT', t.bad_debt_adjustment),
    (N'STOCK_ADJUSTMENT', t.stock_adjustment),
    (N'NON_PRODUCT', t.non_product),
    (N'MISSING_CUSTOMER', t.missing_customer),
    (N'MISSING_DESCRIPTION', t.missing_description),
    (N'ZERO_PRICE', t.zero_price),
    (N'NEGATIVE_PRICE', t.negative_price),
    (N'STOCK_CODE_NORMALISED', st.stock_code_normalised),
    (N'DESCRIPTION_UNTRIMMED', st.description_untrimmed),
    (N'NULL_WORD', st.null_word)
) AS v (rule_code, rows_matched);
