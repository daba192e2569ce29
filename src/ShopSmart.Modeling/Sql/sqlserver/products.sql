-- Products with at least one purchase before the cut-off: code, canonical description and buyers in the last
-- horizon before the cut-off (popularity) and ever.
SELECT
    p.product_key,
    p.stock_code,
    p.description,
    COUNT(DISTINCT r.customer_key) AS customers,
    COUNT(DISTINCT CASE WHEN r.invoice_at >= @period_start THEN r.customer_key END) AS recent_customers
FROM dw.v_revenue_line AS r
JOIN dw.dim_product AS p ON p.product_key = r.product_key
WHERE r.is_purchase = 1 AND r.invoice_at < @cutoff
GROUP BY p.product_key, p.stock_code, p.description
ORDER BY customers DESC, p.stock_code;
