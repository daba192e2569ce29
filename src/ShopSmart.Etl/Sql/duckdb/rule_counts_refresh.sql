-- The rules a load (or an unload) can change on every batch's lines, counted for every batch still loaded or being
-- loaded: duplicates and clean sales (an unload or --force takes away the earlier copy a later batch's line was
-- flagged against: unload_recheck_copies), the outlier flags (outliers_refresh rescores every line), cancellation
-- links (an earlier batch's cancellation may reverse a purchase that arrives later: fact_link_cancellations), and lines
-- whose description is not their product's canonical one (product_description_insert may change a product's canonical
-- description). Written
-- whole each time, so each batch's counts always equal what its facts say, whatever the order the files came in.
INSERT OR REPLACE INTO etl.batch_rule_count (batch_id, rule_code, rows_matched)
WITH flagged AS (
    SELECT
        batch_id,
        count(*) FILTER (WHERE is_quantity_outlier) AS quantity_outlier,
        count(*) FILTER (WHERE is_price_outlier) AS price_outlier,
        count(*) FILTER (WHERE cancelled_sales_line_key IS NOT NULL) AS cancellation_linked,
        count(*) FILTER (WHERE is_duplicate) AS duplicate,
        count(*) FILTER (WHERE is_already_loaded) AS duplicate_of_earlier_batch,
        count(*) FILTER (WHERE is_clean_sale) AS clean_sale
    FROM dw.fact_sales
    GROUP BY batch_id
),
-- Per product and description as written first: trimming every line cost more than the rest of the statement.
written AS (
    SELECT batch_id, product_key, description_raw, count(*) AS lines
    FROM dw.fact_sales
    GROUP BY batch_id, product_key, description_raw
),
not_canonical AS (
    SELECT w.batch_id, sum(w.lines) FILTER (WHERE trim(w.description_raw, ' ') <> p.description) AS lines
    FROM written AS w
    JOIN dw.dim_product AS p ON p.product_key = w.product_key
    GROUP BY w.batch_id
)
SELECT b.batch_id, r.rule_code, r.rows_matched
FROM etl.batch AS b
LEFT JOIN flagged AS f ON f.batch_id = b.batch_id
LEFT JOIN not_canonical AS n ON n.batch_id = b.batch_id
CROSS JOIN LATERAL (
    VALUES
        ('QUANTITY_OUTLIER', CAST(coalesce(f.quantity_outlier, 0) AS BIGINT)),
        ('PRICE_OUTLIER', CAST(coalesce(f.price_outlier, 0) AS BIGINT)),
        ('CANCELLATION_LINKED', CAST(coalesce(f.cancellation_linked, 0) AS BIGINT)),
        ('DESCRIPTION_NOT_CANONICAL', CAST(coalesce(n.lines, 0) AS BIGINT)),
        ('DUPLICATE', CAST(coalesce(f.duplicate, 0) AS BIGINT)),
        ('DUPLICATE_OF_EARLIER_BATCH', CAST(coalesce(f.duplicate_of_earlier_batch, 0) AS BIGINT)),
        ('CLEAN_SALE', CAST(coalesce(f.clean_sale, 0) AS BIGINT))
) AS r (rule_code, rows_matched)
WHERE b.status IN ('loaded', 'loading');
