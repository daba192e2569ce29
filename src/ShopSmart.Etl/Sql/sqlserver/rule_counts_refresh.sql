-- The rules a load (or an unload) can change on every batch's lines, counted for every batch still loaded or being
-- loaded: duplicates and clean sales (an unload or --force takes away the earlier copy a later batch's line was
-- flagged against: unload_recheck_copies), the outlier flags (outliers_refresh rescores every line), cancellation
-- links (an earlier batch's cancellation may reverse a purchase that arrives later: fact_link_cancellations), and lines
-- whose description is not their product's canonical one (product_description_insert may change a product's canonical
-- description). Each
-- batch's counts then equal what its facts say, whatever the order the files came in; only changed counts are written.
WITH flagged AS (
    SELECT
        batch_id,
        COUNT_BIG(CASE WHEN is_quantity_outlier = 1 THEN 1 END) AS quantity_outlier,
        COUNT_BIG(CASE WHEN is_price_outlier = 1 THEN 1 END) AS price_outlier,
        COUNT_BIG(CASE WHEN cancelled_sales_line_key IS NOT NULL THEN 1 END) AS cancellation_linked,
        COUNT_BIG(CASE WHEN is_duplicate = 1 THEN 1 END) AS duplicate,
        COUNT_BIG(CASE WHEN is_already_loaded = 1 THEN 1 END) AS duplicate_of_earlier_batch,
        COUNT_BIG(CASE WHEN is_clean_sale = 1 THEN 1 END) AS clean_sale
    FROM dw.fact_sales
    GROUP BY batch_id
),
-- Per product and description as written first: trimming every line costs more than the rest of the statement.
written AS (
    SELECT batch_id, product_key, description_raw, COUNT_BIG(*) AS lines
    FROM dw.fact_sales
    GROUP BY batch_id, product_key, description_raw
),
not_canonical AS (
    SELECT w.batch_id, SUM(CASE WHEN TRIM(w.description_raw) <> p.description THEN w.lines ELSE 0 END) AS lines
    FROM written AS w
    JOIN dw.dim_product AS p ON p.product_key = w.product_key
    GROUP BY w.batch_id
),
counted AS (
    SELECT b.batch_id, r.rule_code, r.rows_matched
    FROM etl.batch AS b
    LEFT JOIN flagged AS f ON f.batch_id = b.batch_id
    LEFT JOIN not_canonical AS n ON n.batch_id = b.batch_id
    CROSS APPLY (VALUES
        (N'QUANTITY_OUTLIER', ISNULL(f.quantity_outlier, 0)),
        (N'PRICE_OUTLIER', ISNULL(f.price_outlier, 0)),
        (N'CANCELLATION_LINKED', ISNULL(f.cancellation_linked, 0)),
        (N'DESCRIPTION_NOT_CANONICAL', ISNULL(n.lines, 0)),
        (N'DUPLICATE', ISNULL(f.duplicate, 0)),
        (N'DUPLICATE_OF_EARLIER_BATCH', ISNULL(f.duplicate_of_earlier_batch, 0)),
        (N'CLEAN_SALE', ISNULL(f.clean_sale, 0))
    ) AS r (rule_code, rows_matched)
    WHERE b.status IN (N'loaded', N'loading')
)
MERGE etl.batch_rule_count AS r
USING counted AS c
    ON r.batch_id = c.batch_id AND r.rule_code = c.rule_code
WHEN MATCHED AND r.rows_matched <> c.rows_matched THEN
    UPDATE SET rows_matched = c.rows_matched
WHEN NOT MATCHED BY TARGET THEN
    INSERT (batch_id, rule_code, rows_matched) VALUES (c.batch_id, c.rule_code, c.rows_matched);
