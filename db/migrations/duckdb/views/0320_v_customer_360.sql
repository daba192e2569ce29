-- One row per customer with a purchase: the RFM row of mart.v_customer_rfm joined with the latest modelling run's
-- scores (cluster, P(buy), churn, predicted spend, BG/NBD, CLV) and next-best product; model columns are NULL
-- before the first run.
CREATE OR REPLACE VIEW mart.v_customer_360 AS
WITH latest AS (
    SELECT max(run_id) AS run_id FROM ml.model_run
)
SELECT
    r.customer_key,
    r.customer_id,
    r.country_name,
    r.first_purchase_at,
    r.last_purchase_at,
    r.recency_days,
    r.frequency,
    r.monetary,
    r.tenure_days,
    r.avg_basket,
    r.distinct_products,
    r.return_rate,
    r.rfm_score,
    r.segment AS rfm_segment,
    l.run_id,
    s.cluster_id,
    s.cluster_name,
    s.p_buy,
    s.churn_probability,
    s.predicted_spend,
    s.expected_purchases,
    s.p_alive,
    s.expected_order_value,
    s.clv,
    n.stock_code AS next_best_stock_code,
    n.description AS next_best_description,
    n.source AS next_best_source
FROM mart.v_customer_rfm AS r
CROSS JOIN latest AS l
LEFT JOIN ml.customer_score AS s ON s.run_id = l.run_id AND s.customer_key = r.customer_key
LEFT JOIN ml.customer_recommendation AS n
    ON n.run_id = l.run_id AND n.customer_key = r.customer_key AND n.recommendation_rank = 1;
