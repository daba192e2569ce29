-- Monthly sales KPIs: gross, cancelled and net revenue, orders, customers (new vs returning), units, AOV, cancellation rate and month-over-month growth.
CREATE OR ALTER VIEW mart.v_sales_monthly
AS
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
    SELECT d.year_month, COUNT_BIG(*) AS new_customers
    FROM dw.customer_activity AS a
    JOIN dw.dim_date AS d ON d.full_date = CAST(a.first_purchase_at AS DATE)
    GROUP BY d.year_month
),
monthly AS (
    SELECT
        s.year_month,
        COALESCE(SUM(CASE WHEN s.is_clean_sale = 1 THEN s.line_revenue END), 0) AS gross_revenue,
        COALESCE(SUM(CASE WHEN s.is_cancellation = 1 THEN s.line_revenue END), 0) AS cancellation_value,
        COUNT_BIG(DISTINCT CASE WHEN s.is_clean_sale = 1 THEN s.invoice_no END) AS orders,
        COUNT_BIG(DISTINCT CASE WHEN s.is_clean_sale = 1 AND s.customer_key <> 0 THEN s.customer_key END) AS customers,
        CAST(COALESCE(SUM(CASE WHEN s.is_clean_sale = 1 THEN CAST(s.quantity AS BIGINT) END), 0) AS BIGINT) AS units
    FROM sale AS s
    GROUP BY s.year_month
),
counted AS (
    SELECT m.*, COALESCE(n.new_customers, 0) AS new_customers
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
    CAST(gross_revenue AS FLOAT) / NULLIF(orders, 0) AS avg_order_value,
    -- 0 - x, not -x: -x of a zero is -0, which BI tools and exports print as "-0".
    (0 - CAST(cancellation_value AS FLOAT)) / NULLIF(gross_revenue, 0) AS cancellation_rate,
    CAST(gross_revenue + cancellation_value - LAG(gross_revenue + cancellation_value) OVER (ORDER BY year_month) AS FLOAT)
        / NULLIF(ABS(LAG(gross_revenue + cancellation_value) OVER (ORDER BY year_month)), 0) AS net_revenue_growth
FROM counted;
