-- When customers buy: one row per weekday x hour with sales (mart.v_sales_weekday_hour).
SELECT iso_weekday, weekday_name, hour_of_day, revenue, orders, units, share_of_revenue
FROM mart.v_sales_weekday_hour
ORDER BY iso_weekday, hour_of_day;
