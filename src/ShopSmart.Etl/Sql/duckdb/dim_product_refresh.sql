-- Products of the batches in range take their canonical description and the number of variants seen.
UPDATE dw.dim_product AS p
SET description = d.description,
    description_variants = d.variants
FROM (
    SELECT
        product_key,
        max(description) FILTER (WHERE is_canonical) AS description,
        count(*) AS variants
    FROM dw.dim_product_description
    WHERE product_key IN (
        SELECT DISTINCT product_key FROM dw.fact_sales
        WHERE batch_id BETWEEN $first_batch AND $last_batch
    )
    GROUP BY product_key
) AS d
WHERE p.product_key = d.product_key;
