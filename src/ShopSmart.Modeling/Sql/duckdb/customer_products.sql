-- Which products each customer bought before the cut-off: purchase invoices and the last purchase date per pair.
SELECT
    customer_key,
    product_key,
    CAST(count(DISTINCT invoice_no) AS INTEGER) AS invoices,
    CAST(CAST(max(invoice_at) AS DATE) AS TIMESTAMP) AS last_purchase_date
FROM dw.v_revenue_line
WHERE is_purchase AND invoice_at < $cutoff
GROUP BY customer_key, product_key
ORDER BY customer_key, product_key;
