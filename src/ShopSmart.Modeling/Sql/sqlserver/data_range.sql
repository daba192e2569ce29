-- What the warehouse holds for modelling: first and last purchase dates and the customers with a purchase; and the
-- sales of any customer or none, so that a warehouse of guests only is told apart from an empty one.
SELECT
    CAST(MIN(CASE WHEN is_purchase = 1 THEN invoice_at END) AS DATE) AS first_purchase_date,
    CAST(MAX(CASE WHEN is_purchase = 1 THEN invoice_at END) AS DATE) AS last_purchase_date,
    COUNT(DISTINCT CASE WHEN is_purchase = 1 THEN customer_key END) AS customers,
    CAST(COUNT(CASE WHEN is_cancellation = 0 THEN 1 END) AS BIGINT) AS sales_lines
FROM dw.v_revenue_line;
