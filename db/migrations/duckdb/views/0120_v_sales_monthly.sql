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
newcomers AS (
    -- A customer is new in the month of their first purchase (dw.customer_activity, kept by the ETL): counted there
    -- instead of finding every customer's first month again among the sale lines.
    SELECT d.year_month, count(*) AS new_customers
    FROM dw.customer_activity AS a
    JOIN dw.dim_date AS d ON d.full_date = CAST(a.first_purchase_at AS DATE)
    GROUP BY d.year_month
),
monthly AS (
    SELECT
        s.year_month,
        coalesce(sum(CASE WHEN s.is_clean_sale THEN s.line_revenue END), 0) AS gross_revenue,
        coalesce(sum(CASE WHEN s.is_cancellation THEN s.line_revenue END), 0) AS cancellation_value,
        count(DISTINCT CASE WHEN s.is_clean_sale THEN s.invoice_no END) AS orders,
        count(DISTINCT CASE WHEN s.is_clean_sale AND s.customer_key <> 0 THEN s.customer_key END) AS customers,
        CAST(coalesce(sum(CASE WHEN s.is_clean_sale THEN s.quantity END), 0) AS BIGINT) AS units
    FROM sale AS s
    GROUP BY s.year_month
),
counted AS (
    SELECT m.*, coalesce(n.new_customers, 0) AS new_customers
    FROM monthly AS m
    LEFT JOIN newcomers AS n ON n.year_month = m.year_month
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
FROM counted;
