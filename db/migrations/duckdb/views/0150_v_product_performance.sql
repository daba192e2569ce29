-- Product performance (products only, no postage/fees): revenue, units, orders, customers, returns, average price, rank, price band and ABC (Pareto) class.
CREATE OR REPLACE VIEW mart.v_product_performance AS
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
        *,
        CAST(revenue AS DOUBLE) / NULLIF(units, 0) AS avg_unit_price,
        CAST(revenue AS DOUBLE) / NULLIF(sum(revenue) OVER (), 0) AS revenue_share,
        CAST(sum(revenue) OVER (ORDER BY revenue DESC, stock_code ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS DOUBLE)
            / NULLIF(sum(revenue) OVER (), 0) AS cumulative_share
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
    (0 - CAST(cancellation_value AS DOUBLE)) / NULLIF(revenue, 0) AS return_rate,
    avg_unit_price,
    CAST(rank() OVER (ORDER BY revenue DESC) AS INTEGER) AS revenue_rank,
    revenue_share,
    cumulative_share,
    CASE
        WHEN avg_unit_price IS NULL THEN 'no sales'
        WHEN avg_unit_price < 1 THEN '0-1'
        WHEN avg_unit_price < 2.5 THEN '1-2.5'
        WHEN avg_unit_price < 5 THEN '2.5-5'
        WHEN avg_unit_price < 10 THEN '5-10'
        ELSE '10+'
    END AS price_band,
    CASE
        WHEN revenue <= 0 THEN 'C'
        WHEN cumulative_share - revenue_share < 0.80 THEN 'A'
        WHEN cumulative_share - revenue_share < 0.95 THEN 'B'
        ELSE 'C'
    END AS abc_class
FROM ranked;
