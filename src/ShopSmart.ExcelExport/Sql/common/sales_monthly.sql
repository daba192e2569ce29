-- Sales trend: one row per month (mart.v_sales_monthly), oldest first.
SELECT year_month, gross_revenue, cancellation_value, net_revenue, orders, customers, new_customers,
       returning_customers, units, avg_order_value, cancellation_rate, net_revenue_growth
FROM mart.v_sales_monthly
ORDER BY year_month;
