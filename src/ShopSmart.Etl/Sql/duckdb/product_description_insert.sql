-- Every trimmed description of the batch's products with its line count. The canonical one is the description
-- on most priced lines (unit price > 0, so stock notes such as "damaged" do not win), then on most lines,
-- then the most recently used, then the first alphabetically.
INSERT INTO dw.dim_product_description (product_key, description, line_count, last_seen_at, is_canonical)
SELECT product_key, description, line_count, last_seen_at, preference = 1
FROM (
    SELECT
        product_key,
        trim(description_raw) AS description,
        count(*) AS line_count,
        max(invoice_at) AS last_seen_at,
        row_number() OVER (
            PARTITION BY product_key
            ORDER BY count(*) FILTER (WHERE unit_price > 0) DESC, count(*) DESC, max(invoice_at) DESC, trim(description_raw)
        ) AS preference
    FROM dw.fact_sales
    WHERE product_key IN (SELECT DISTINCT product_key FROM dw.fact_sales WHERE batch_id = $batch_id)
      AND description_raw IS NOT NULL
      AND trim(description_raw) <> ''
    GROUP BY product_key, trim(description_raw)
) AS ranked;
