-- What each known customer has bought, the one definition: first and last clean sale, distinct invoices (frequency),
-- gross revenue, value of cancellations, distinct products; only customers with at least one clean sale. Its rows are
-- kept in dw.customer_activity (rewritten by each unload and by derived/ when this rule changes; a load rewrites the
-- rows of its own customers), which mart.v_customer_rfm reads.
--
-- The rule is an inline table-valued function so that a load can ask for the customers of its batches only
-- (@first_batch..@last_batch, NULL for everyone) with the filter below the GROUP BY; the view is everyone.
CREATE OR ALTER FUNCTION dw.customer_activity_of(@first_batch INT, @last_batch INT)
RETURNS TABLE
AS
RETURN
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
    AND (@first_batch IS NULL OR f.customer_key IN (
        SELECT customer_key FROM dw.fact_sales WHERE batch_id BETWEEN @first_batch AND @last_batch))
GROUP BY f.customer_key
HAVING COUNT(DISTINCT CASE WHEN f.is_clean_sale = 1 THEN f.invoice_no END) > 0;
GO

CREATE OR ALTER VIEW dw.v_customer_activity
AS
SELECT customer_key, first_purchase_at, last_purchase_at, frequency, gross_revenue, cancellation_value, distinct_products
FROM dw.customer_activity_of(NULL, NULL);
