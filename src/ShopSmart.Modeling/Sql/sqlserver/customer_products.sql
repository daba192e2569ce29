-- Which products each customer bought before the cut-off: purchase invoices and the last purchase date per pair.
-- One row per invoice first, then plain counts (the same form as the DuckDB script, where it is the faster one).
WITH invoice AS (
    SELECT customer_key, product_key, invoice_no, MAX(invoice_at) AS invoice_at
    FROM dw.v_revenue_line
    WHERE is_purchase = 1 AND invoice_at < @cutoff
    GROUP BY customer_key, product_key, invoice_no
)
SELECT
    customer_key,
    product_key,
    COUNT(*) AS invoices,
    CAST(MAX(invoice_at) AS DATE) AS last_purchase_date
FROM invoice
GROUP BY customer_key, product_key
ORDER BY customer_key, product_key;
