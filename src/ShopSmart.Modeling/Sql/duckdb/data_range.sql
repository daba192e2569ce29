-- What the warehouse holds for modelling: first and last purchase dates and the customers with a purchase; and the
-- sales of any customer or none, so that a warehouse of guests only is told apart from an empty one.
SELECT
    CAST(min(invoice_at) FILTER (WHERE is_purchase) AS TIMESTAMP) AS first_purchase_date,
    CAST(max(invoice_at) FILTER (WHERE is_purchase) AS TIMESTAMP) AS last_purchase_date,
    CAST(count(DISTINCT customer_key) FILTER (WHERE is_purchase) AS INTEGER) AS customers,
    count(*) FILTER (WHERE NOT is_cancellation) AS sales_lines
FROM dw.v_revenue_line;
