-- Baskets for FP-Growth: the products of each clean-sale invoice in [basket start, cut-off), guests included,
-- keeping only products on at least $min_count invoices (no rarer product can be in a frequent itemset).
WITH basket AS (
    SELECT DISTINCT invoice_no, product_key
    FROM dw.v_revenue_line
    WHERE is_clean_sale AND invoice_at >= $basket_start AND invoice_at < $cutoff
),
frequent AS (
    SELECT product_key
    FROM basket
    GROUP BY product_key
    HAVING count(*) >= $min_count
)
SELECT b.invoice_no, b.product_key
FROM basket AS b
JOIN frequent AS f ON f.product_key = b.product_key
ORDER BY b.invoice_no, b.product_key;
