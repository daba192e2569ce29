-- Products: every product (mart.v_product_performance) in revenue order; the sheet shows the top N and sums ABC classes.
SELECT stock_code, description, revenue, cancellation_value, net_revenue, units, orders, customers, return_rate, revenue_rank,
       revenue_share, cumulative_share, abc_class
FROM mart.v_product_performance
ORDER BY revenue_rank, stock_code;
