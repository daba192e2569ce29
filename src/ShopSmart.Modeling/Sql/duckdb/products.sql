-- Products with at least one purchase before the cut-off: code, canonical description and buyers in the last
-- horizon before the cut-off (popularity) and ever.
-- One row per product and buyer first, then plain counts: two count(DISTINCT …) per product, grouped by the
-- product's text, ran DuckDB out of memory at 50 M lines under a 1 GB limit; this form spills to disk instead.
WITH buyer AS (
    SELECT r.product_key, r.customer_key, max(r.invoice_at) AS last_purchase_at
    FROM dw.v_revenue_line AS r
    WHERE r.is_purchase AND r.invoice_at < $cutoff
    GROUP BY r.product_key, r.customer_key
),
product AS (
    SELECT
        product_key,
        count(*) AS customers,
        count(*) FILTER (WHERE last_purchase_at >= $period_start) AS recent_customers
    FROM buyer
    GROUP BY product_key
)
SELECT
    p.product_key,
    p.stock_code,
    p.description,
    CAST(c.customers AS INTEGER) AS customers,
    CAST(c.recent_customers AS INTEGER) AS recent_customers
FROM product AS c
JOIN dw.dim_product AS p ON p.product_key = c.product_key
ORDER BY customers DESC, p.stock_code;
