-- Monthly sales KPIs: gross, cancelled and net revenue, orders, customers (new vs returning), units, AOV, cancellation rate and month-over-month growth.
CREATE OR REPLACE VIEW mart.v_sales_monthly AS
WITH sale AS (
    SELECT
        d.year_month,
        f.invoice_no,
        f.customer_key,
        f.quantity,
        f.line_revenue,
        f.is_clean_sale,
        f.is_cancellation
    FROM dw.v_revenue_line AS f
    JOIN dw.dim_date AS d ON d.date_key = f.date_key
),
first_month AS (
    SELECT customer_key, min(year_month) AS first_year_month
    FROM sale
    WHERE is_clean_sale AND customer_key <> 0
    GROUP BY customer_key
),
monthly AS (
    SELECT
        s.year_month,
        coalesce(sum(CASE WHEN s.is_clean_sale THEN s.line_revenue END), 0) AS gross_revenue,
        coalesce(sum(CASE WHEN s.is_cancellation THEN s.line_revenue END), 0) AS cancellation_value,
        count(DISTINCT CASE WHEN s.is_clean_sale THEN s.invoice_no END) AS orders,
        count(DISTINCT CASE WHEN s.is_clean_sale AND s.customer_key <> 0 THEN s.customer_key END) AS customers,
        count(DISTINCT CASE WHEN s.is_clean_sale AND fm.first_year_month = s.year_month THEN s.customer_key END)
            AS new_customers,
        CAST(coalesce(sum(CASE WHEN s.is_clean_sale THEN s.quantity END), 0) AS BIGINT) AS units
    FROM sale AS s
    LEFT JOIN first_month AS fm ON fm.customer_key = s.customer_key
    GROUP BY s.year_month
)
SELECT
    year_month,
    gross_revenue,
    cancellation_value,
    gross_revenue + cancellation_value AS net_revenue,
    orders,
    customers,
    new_customers,
    customers - new_customers AS returning_customers,
    units,
    CAST(gross_revenue AS DOUBLE) / NULLIF(orders, 0) AS avg_order_value,
    -- 0 - x, not -x: -x of a zero is -0, which BI tools and exports print as "-0".
    (0 - CAST(cancellation_value AS DOUBLE)) / NULLIF(gross_revenue, 0) AS cancellation_rate,
    CAST(gross_revenue + cancellation_value - lag(gross_revenue + cancellation_value) OVER (ORDER BY year_month) AS DOUBLE)
        / NULLIF(abs(lag(gross_revenue + cancellation_value) OVER (ORDER BY year_month)), 0) AS net_revenue_growth
FROM monthly;
