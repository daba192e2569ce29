-- Overview KPIs of one period [from_key, to_key) (yyyymmdd date keys), by the revenue-line definition the mart views
-- share: gross revenue and orders of clean sales, cancellations, known buyers and those with 2+ orders.
-- The period's lines are read once, down to one row per invoice and customer; the figures are counted from those.
WITH invoice AS (
    SELECT
        invoice_no,
        customer_key,
        sum(CASE WHEN is_clean_sale THEN line_revenue END) AS gross_revenue,
        sum(CASE WHEN is_cancellation THEN line_revenue END) AS cancellation_value,
        bool_or(is_clean_sale) AS has_clean_sale,
        bool_or(is_purchase) AS has_purchase
    FROM dw.v_revenue_line
    WHERE date_key >= $from_key AND date_key < $to_key
    GROUP BY invoice_no, customer_key
),
buyer AS (
    SELECT customer_key, count(DISTINCT invoice_no) AS orders
    FROM invoice
    WHERE has_purchase
    GROUP BY customer_key
)
SELECT
    (SELECT coalesce(sum(gross_revenue), 0) FROM invoice) AS gross_revenue,
    (SELECT coalesce(sum(cancellation_value), 0) FROM invoice) AS cancellation_value,
    (SELECT count(DISTINCT invoice_no) FROM invoice WHERE has_clean_sale) AS orders,
    (SELECT count(*) FROM buyer) AS customers,
    (SELECT count(*) FROM buyer WHERE orders >= 2) AS repeat_customers;
