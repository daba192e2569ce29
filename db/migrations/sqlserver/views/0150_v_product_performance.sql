-- Product performance (products only, no postage/fees): revenue, units, orders, customers, returns, average price, rank, price band and ABC (Pareto) class.
CREATE OR ALTER VIEW mart.v_product_performance
AS
WITH sales AS (
    -- dw.v_product_activity's rows, kept by the ETL.
    SELECT product_key, revenue, cancellation_value, units, orders, customers
    FROM dw.product_activity
),
product AS (
    SELECT
        p.product_key,
        p.stock_code,
        p.description,
        p.product_class,
        s.revenue,
        s.cancellation_value,
        s.units,
        s.orders,
        s.customers
    FROM sales AS s
    JOIN dw.dim_product AS p ON p.product_key = s.product_key
),
ranked AS (
    SELECT
        product_key,
        stock_code,
        description,
        product_class,
        revenue,
        cancellation_value,
        units,
        orders,
        customers,
        CAST(revenue AS FLOAT) / NULLIF(units, 0) AS avg_unit_price,
        CAST(revenue AS FLOAT) / NULLIF(SUM(revenue) OVER (), 0) AS revenue_share,
        CAST(SUM(revenue) OVER (ORDER BY revenue DESC, stock_code ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS FLOAT)
            / NULLIF(SUM(revenue) OVER (), 0) AS cumulative_share
    FROM product
)
SELECT
    product_key,
    stock_code,
    description,
    product_class,
    revenue,
    cancellation_value,
    revenue + cancellation_value AS net_revenue,
    units,
    orders,
    customers,
    -- 0 - x, not -x: -x of a zero is -0, which BI tools and exports print as "-0".
    (0 - CAST(cancellation_value AS FLOAT)) / NULLIF(revenue, 0) AS return_rate,
    avg_unit_price,
    CAST(RANK() OVER (ORDER BY revenue DESC) AS INT) AS revenue_rank,
    revenue_share,
    cumulative_share,
    CASE
        WHEN avg_unit_price IS NULL THEN N'no sales'
        WHEN avg_unit_price < 1 THEN N'0-1'
        WHEN avg_unit_price < 2.5 THEN N'1-2.5'
        WHEN avg_unit_price < 5 THEN N'2.5-5'
        WHEN avg_unit_price < 10 THEN N'5-10'
        ELSE N'10+'
    END AS price_band,
    CASE
        WHEN revenue <= 0 THEN N'C'
        WHEN cumulative_share - revenue_share < 0.80 THEN N'A'
        WHEN cumulative_share - revenue_share < 0.95 THEN N'B'
        ELSE N'C'
    END AS abc_class
FROM ranked;
