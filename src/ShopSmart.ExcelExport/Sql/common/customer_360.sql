-- Target lists and the CLV distribution: every customer with a purchase, RFM and the latest run's scores
-- (mart.v_customer_360; the model columns are NULL before the first run).
SELECT customer_key, customer_id, country_name, first_purchase_at, last_purchase_at, recency_days, frequency, monetary,
       avg_basket, rfm_segment, cluster_name, p_buy, churn_probability, predicted_spend, expected_purchases, p_alive, clv,
       next_best_stock_code, next_best_description
FROM mart.v_customer_360
ORDER BY customer_key;
