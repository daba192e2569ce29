-- What each known customer has bought, the one definition: first and last clean sale, distinct invoices (frequency),
-- gross revenue, value of cancellations, distinct products; only customers with at least one clean sale. Its rows are
-- kept in dw.customer_activity (rewritten by each load and unload, and by derived/ when a view changes), which
-- mart.v_customer_rfm reads.
CREATE OR ALTER VIEW dw.v_customer_activity
AS
SELECT
    f.customer_key,
    MIN(CASE WHEN f.is_clean_sale = 1 THEN f.invoice_at END) AS first_purchase_at,
    MAX(CASE WHEN f.is_clean_sale = 1 THEN f.invoice_at END) AS last_purchase_at,
    COUNT(DISTINCT CASE WHEN f.is_clean_sale = 1 THEN f.invoice_no END) AS frequency,
    CAST(COALESCE(SUM(CASE WHEN f.is_clean_sale = 1 THEN f.line_revenue END), 0) AS DECIMAL(38, 4)) AS gross_revenue,
    CAST(COALESCE(SUM(CASE WHEN f.is_cancellation = 1 THEN f.line_revenue END), 0) AS DECIMAL(38, 4)) AS cancellation_value,
    COUNT(DISTINCT CASE WHEN f.is_clean_sale = 1 THEN f.product_key END) AS distinct_products
FROM dw.v_revenue_line AS f
WHERE f.customer_key <> 0
GROUP BY f.customer_key
HAVING COUNT(DISTINCT CASE WHEN f.is_clean_sale = 1 THEN f.invoice_no END) > 0;
