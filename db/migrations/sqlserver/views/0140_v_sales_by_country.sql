-- Sales per country: gross, cancelled and net revenue, orders, customers and what they spent, share of revenue, AOV and
-- return rate.
CREATE OR ALTER VIEW mart.v_sales_by_country
AS
WITH country AS (
    SELECT
        k.country_name,
        COALESCE(SUM(CASE WHEN f.is_clean_sale = 1 THEN f.line_revenue END), 0) AS gross_revenue,
        COALESCE(SUM(CASE WHEN f.is_cancellation = 1 THEN f.line_revenue END), 0) AS cancellation_value,
        COUNT_BIG(DISTINCT CASE WHEN f.is_clean_sale = 1 THEN f.invoice_no END) AS orders,
        COUNT_BIG(DISTINCT CASE WHEN f.is_clean_sale = 1 AND f.customer_key <> 0 THEN f.customer_key END) AS customers,
        -- Per-customer figures divide this, not gross_revenue: guests' sales have no customer to count.
        COALESCE(SUM(CASE WHEN f.is_clean_sale = 1 AND f.customer_key <> 0 THEN f.line_revenue END), 0) AS customer_revenue
    FROM dw.v_revenue_line AS f
    JOIN dw.dim_country AS k ON k.country_key = f.country_key
    GROUP BY k.country_name
)
SELECT
    country_name,
    gross_revenue,
    cancellation_value,
    gross_revenue + cancellation_value AS net_revenue,
    orders,
    customers,
    customer_revenue,
    CAST(gross_revenue AS FLOAT) / NULLIF(SUM(gross_revenue) OVER (), 0) AS share_of_revenue,
    CAST(gross_revenue AS FLOAT) / NULLIF(orders, 0) AS avg_order_value,
    -- 0 - x, not -x: -x of a zero is -0, which BI tools and exports print as "-0".
    (0 - CAST(cancellation_value AS FLOAT)) / NULLIF(gross_revenue, 0) AS return_rate
FROM country;
