-- Products of the batches in range take their canonical description and the number of variants seen.
WITH descriptions AS (
    SELECT
        product_key,
        MAX(CASE WHEN is_canonical = 1 THEN description END) AS description,
        COUNT(*) AS variants
    FROM dw.dim_product_description
    WHERE product_key IN (
        SELECT DISTINCT product_key FROM dw.fact_sales
        WHERE batch_id BETWEEN @first_batch AND @last_batch
    )
    GROUP BY product_key
)
UPDATE p
SET description = d.description,
    description_variants = d.variants
FROM dw.dim_product AS p
JOIN descriptions AS d ON d.product_key = p.product_key;
