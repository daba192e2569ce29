-- Overview KPIs of one period [from_key, to_key) (yyyymmdd date keys), by the revenue-line definition the mart views
-- share: gross revenue and orders of clean sales, cancellations, known buyers and those with 2+ orders.
WITH line AS (
    SELECT invoice_no, customer_key, line_revenue, is_clean_sale, is_cancellation, is_purchase
    FROM dw.v_revenue_line
    WHERE date_key >= @from_key AND date_key < @to_key
),
buyer AS (
    SELECT customer_key, count(DISTINCT invoice_no) AS orders
    FROM line
    WHERE is_purchase = 1
    GROUP BY customer_key
)
SELECT
    (SELECT coalesce(sum(line_revenue), 0) FROM line WHERE is_clean_sale = 1) AS gross_revenue,
    (SELECT coalesce(sum(line_revenue), 0) FROM line WHERE is_cancellation = 1) AS cancellation_value,
    (SELECT count(DISTINCT invoice_no) FROM line WHERE is_clean_sale = 1) AS orders,
    (SELECT count(*) FROM buyer) AS customers,
    (SELECT count(*) FROM buyer WHERE orders >= 2) AS repeat_customers;
