-- What each product has sold, the one definition: revenue of clean sales, value of cancellations, units, orders
-- (distinct invoices) and customers (distinct known customers); every product with a line in dw.v_revenue_line. Its
-- rows are kept in dw.product_activity (rewritten by each unload and by derived/ when this rule changes; a load
-- rewrites the rows of its own products), which mart.v_product_performance reads.
--
-- A table macro, as dw.customer_activity_of, so that a load can ask for the products of its batches only
-- (first_batch..last_batch, NULL for every product): a nightly load into 10 M lines touching 3,110 of 6,910 products,
-- 0.2 s against 2.0 s for all. The view is every product.
CREATE OR REPLACE MACRO dw.product_activity_of(first_batch, last_batch) AS TABLE
SELECT
    f.product_key,
    CAST(coalesce(sum(CASE WHEN f.is_clean_sale THEN f.line_revenue END), 0) AS DECIMAL(38, 4)) AS revenue,
    CAST(coalesce(sum(CASE WHEN f.is_cancellation THEN f.line_revenue END), 0) AS DECIMAL(38, 4)) AS cancellation_value,
    CAST(coalesce(sum(CASE WHEN f.is_clean_sale THEN f.quantity END), 0) AS BIGINT) AS units,
    count(DISTINCT CASE WHEN f.is_clean_sale THEN f.invoice_no END) AS orders,
    count(DISTINCT CASE WHEN f.is_clean_sale AND f.customer_key <> 0 THEN f.customer_key END) AS customers
FROM dw.v_revenue_line AS f
WHERE first_batch IS NULL OR f.product_key IN (
    SELECT product_key FROM dw.fact_sales WHERE batch_id BETWEEN first_batch AND last_batch)
GROUP BY f.product_key;

CREATE OR REPLACE VIEW dw.v_product_activity AS
SELECT product_key, revenue, cancellation_value, units, orders, customers
FROM dw.product_activity_of(NULL, NULL);
