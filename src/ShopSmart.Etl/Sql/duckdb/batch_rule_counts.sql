-- Rows each cleaning rule matched in the batch's facts (zero counts included, so every rule is reported); the
-- counted-only row rules come from the flags the loader staged (LineFlags bits 512, 1024, 2048). None of these changes
-- once the batch is loaded. The rules a later load or unload can change on this batch's lines (duplicates and clean
-- sales, outliers, cancellation links, canonical descriptions) are counted for every batch at once by rule_counts_refresh.
INSERT INTO etl.batch_rule_count (batch_id, rule_code, rows_matched)
SELECT $batch_id, u.rule_code, u.rows_matched
FROM (
    SELECT
        count(*) FILTER (WHERE f.is_cancellation) AS "CANCELLATION",
        count(*) FILTER (WHERE f.is_bad_debt_adjustment) AS "BAD_DEBT_ADJUSTMENT",
        count(*) FILTER (WHERE f.is_stock_adjustment) AS "STOCK_ADJUSTMENT",
        count(*) FILTER (WHERE f.is_non_product) AS "NON_PRODUCT",
        count(*) FILTER (WHERE f.is_missing_customer) AS "MISSING_CUSTOMER",
        count(*) FILTER (WHERE f.is_missing_description) AS "MISSING_DESCRIPTION",
        count(*) FILTER (WHERE f.is_zero_price) AS "ZERO_PRICE",
        count(*) FILTER (WHERE f.is_negative_price) AS "NEGATIVE_PRICE",
        (SELECT count(*) FILTER (WHERE (flags & 512) <> 0) FROM stg.sales_line WHERE batch_id = $batch_id) AS "STOCK_CODE_NORMALISED",
        (SELECT count(*) FILTER (WHERE (flags & 1024) <> 0) FROM stg.sales_line WHERE batch_id = $batch_id) AS "DESCRIPTION_UNTRIMMED",
        (SELECT count(*) FILTER (WHERE (flags & 2048) <> 0) FROM stg.sales_line WHERE batch_id = $batch_id) AS "NULL_WORD"
    FROM dw.fact_sales AS f
    WHERE f.batch_id = $batch_id
) UNPIVOT (rows_matched FOR rule_code IN (COLUMNS(*))) AS u;
