-- What the warehouse holds for modelling: first and last purchase dates and the customers with a purchase.
SELECT
    CAST(MIN(invoice_at) AS DATE) AS first_purchase_date,
    CAST(MAX(invoice_at) AS DATE) AS last_purchase_date,
    COUNT(DISTINCT customer_key) AS customers
FROM dw.v_revenue_line
WHERE is_purchase = 1;
