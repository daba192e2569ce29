-- The one definition of what counts in revenue: clean product sales plus the cancellations that reverse product
-- sales (duplicates and non-product lines never count). is_purchase marks a clean sale of a known customer: what the
-- customer views and the models call a purchase. Views and model features read this instead of repeating the rule.
CREATE OR ALTER VIEW dw.v_revenue_line
AS
SELECT
    f.sales_line_key,
    f.batch_id,
    f.invoice_no,
    f.invoice_at,
    f.date_key,
    f.customer_key,
    f.product_key,
    f.country_key,
    f.quantity,
    f.unit_price,
    f.line_revenue,
    f.is_clean_sale,
    f.is_cancellation,
    CAST(CASE WHEN f.is_clean_sale = 1 AND f.customer_key <> 0 THEN 1 ELSE 0 END AS BIT) AS is_purchase
FROM dw.fact_sales AS f
WHERE f.is_clean_sale = 1
    OR (f.is_cancellation = 1 AND f.is_duplicate = 0 AND f.is_non_product = 0);
