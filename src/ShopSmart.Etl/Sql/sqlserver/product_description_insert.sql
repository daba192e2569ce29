-- Every trimmed description of the products of the batches in range, with its line count. The canonical one is the
-- description on most priced lines (unit price > 0, so stock notes such as "damaged" do not win), then on most lines,
-- then the most recently used, then the first alphabetically.
WITH ranked AS (
    SELECT
        product_key,
        TRIM(description_raw) AS description,
        COUNT(*) AS line_count,
        MAX(invoice_at) AS last_seen_at,
        ROW_NUMBER() OVER (
            PARTITION BY product_key
            ORDER BY COUNT(CASE WHEN unit_price > 0 THEN 1 END) DESC, COUNT(*) DESC, MAX(invoice_at) DESC, TRIM(description_raw)
        ) AS preference
    FROM dw.fact_sales
    WHERE product_key IN (
        SELECT DISTINCT product_key FROM dw.fact_sales
        WHERE batch_id BETWEEN @first_batch AND @last_batch
    )
      AND description_raw IS NOT NULL
      AND TRIM(description_raw) <> N''
    GROUP BY product_key, TRIM(description_raw)
)
INSERT INTO dw.dim_product_description (product_key, description, line_count, last_seen_at, is_canonical)
SELECT product_key, description, line_count, last_seen_at, CASE WHEN preference = 1 THEN 1 ELSE 0 END
FROM ranked;
