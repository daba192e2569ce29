-- What each product has sold, the one definition: revenue of clean sales, value of cancellations, units, orders
-- (distinct invoices) and customers (distinct known customers); every product with a line in dw.v_revenue_line. Its
-- rows are kept in dw.product_activity (rewritten by each load and unload, and by derived/ when a view changes), which
-- mart.v_product_performance reads.
CREATE OR REPLACE VIEW dw.v_product_activity AS
SELECT
    f.product_key,
    CAST(coalesce(sum(CASE WHEN f.is_clean_sale THEN f.line_revenue END), 0) AS DECIMAL(38, 4)) AS revenue,
    CAST(coalesce(sum(CASE WHEN f.is_cancellation THEN f.line_revenue END), 0) AS DECIMAL(38, 4)) AS cancellation_value,
    CAST(coalesce(sum(CASE WHEN f.is_clean_sale THEN f.quantity END), 0) AS BIGINT) AS units,
    count(DISTINCT CASE WHEN f.is_clean_sale THEN f.invoice_no END) AS orders,
    count(DISTINCT CASE WHEN f.is_clean_sale AND f.customer_key <> 0 THEN f.customer_key END) AS customers
FROM dw.v_revenue_line AS f
GROUP BY f.product_key;
