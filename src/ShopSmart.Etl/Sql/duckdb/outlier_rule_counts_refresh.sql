-- A load refreshes the outlier flags of every loaded line (outliers_refresh), so an earlier batch's lines may have
-- gained or lost flags: every batch's QUANTITY_OUTLIER and PRICE_OUTLIER counts follow its facts.
UPDATE etl.batch_rule_count AS r
SET rows_matched = c.rows_matched
FROM (
    SELECT batch_id, 'QUANTITY_OUTLIER' AS rule_code, count(*) FILTER (WHERE is_quantity_outlier) AS rows_matched
    FROM dw.fact_sales
    GROUP BY batch_id
    UNION ALL
    SELECT batch_id, 'PRICE_OUTLIER' AS rule_code, count(*) FILTER (WHERE is_price_outlier) AS rows_matched
    FROM dw.fact_sales
    GROUP BY batch_id
) AS c
WHERE r.batch_id = c.batch_id
  AND r.rule_code = c.rule_code
  AND r.rows_matched <> c.rows_matched;
