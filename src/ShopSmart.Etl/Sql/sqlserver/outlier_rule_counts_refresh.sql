-- A load refreshes the outlier flags of every loaded line (outliers_refresh), so an earlier batch's lines may have
-- gained or lost flags: every batch's QUANTITY_OUTLIER and PRICE_OUTLIER counts follow its facts.
WITH counted AS (
    SELECT batch_id, N'QUANTITY_OUTLIER' AS rule_code, COUNT(CASE WHEN is_quantity_outlier = 1 THEN 1 END) AS rows_matched
    FROM dw.fact_sales
    GROUP BY batch_id
    UNION ALL
    SELECT batch_id, N'PRICE_OUTLIER' AS rule_code, COUNT(CASE WHEN is_price_outlier = 1 THEN 1 END) AS rows_matched
    FROM dw.fact_sales
    GROUP BY batch_id
)
UPDATE r
SET rows_matched = c.rows_matched
FROM etl.batch_rule_count AS r
JOIN counted AS c ON c.batch_id = r.batch_id AND c.rule_code = r.rule_code
WHERE r.rows_matched <> c.rows_matched;
