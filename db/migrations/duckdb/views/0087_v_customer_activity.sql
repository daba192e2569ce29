-- What each known customer has bought, the one definition: first and last clean sale, distinct invoices (frequency),
-- gross revenue, value of cancellations, distinct products; only customers with at least one clean sale. Its rows are
-- kept in dw.customer_activity (rewritten by each load and unload, and by derived/ when a view changes), which
-- mart.v_customer_rfm reads.
CREATE OR REPLACE VIEW dw.v_customer_activity AS
SELECT
    f.customer_key,
    min(CASE WHEN f.is_clean_sale THEN f.invoice_at END) AS first_purchase_at,
    max(CASE WHEN f.is_clean_sale THEN f.invoice_at END) AS last_purchase_at,
    CAST(count(DISTINCT CASE WHEN f.is_clean_sale THEN f.invoice_no END) AS INTEGER) AS frequency,
    CAST(coalesce(sum(CASE WHEN f.is_clean_sale THEN f.line_revenue END), 0) AS DECIMAL(38, 4)) AS gross_revenue,
    CAST(coalesce(sum(CASE WHEN f.is_cancellation THEN f.line_revenue END), 0) AS DECIMAL(38, 4)) AS cancellation_value,
    CAST(count(DISTINCT CASE WHEN f.is_clean_sale THEN f.product_key END) AS INTEGER) AS distinct_products
FROM dw.v_revenue_line AS f
WHERE f.customer_key <> 0
GROUP BY f.customer_key
HAVING count(DISTINCT CASE WHEN f.is_clean_sale THEN f.invoice_no END) > 0;
