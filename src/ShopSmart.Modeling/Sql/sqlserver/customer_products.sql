-- Which products each customer bought before the cut-off: purchase invoices and the last purchase date per pair.
SELECT
    customer_key,
    product_key,
    COUNT(DISTINCT invoice_no) AS invoices,
    CAST(MAX(invoice_at) AS DATE) AS last_purchase_date
FROM dw.v_revenue_line
WHERE is_purchase = 1 AND invoice_at < @cutoff
GROUP BY customer_key, product_key
ORDER BY customer_key, product_key;
