-- Countries: one row per country (mart.v_sales_by_country), largest gross revenue first.
SELECT country_name, gross_revenue, cancellation_value, net_revenue, orders, customers, customer_revenue, share_of_revenue,
       avg_order_value, return_rate
FROM mart.v_sales_by_country
ORDER BY gross_revenue DESC, country_name;
