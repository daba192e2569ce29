-- What the warehouse holds for modelling: first and last purchase dates and the customers with a purchase.
SELECT
    CAST(min(invoice_at) AS TIMESTAMP) AS first_purchase_date,
    CAST(max(invoice_at) AS TIMESTAMP) AS last_purchase_date,
    CAST(count(DISTINCT customer_key) AS INTEGER) AS customers
FROM dw.v_revenue_line
WHERE is_purchase;
