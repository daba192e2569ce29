-- Segments: the latest run's profiles of RFM segments and k-means clusters (ml.segment_profile).
SELECT segmentation, segment_id, segment_name, naming_reason, customers, customer_share, revenue, revenue_share, recency_days,
       frequency, monetary, avg_basket, p_buy, clv
FROM ml.segment_profile
WHERE run_id = (SELECT max(run_id) FROM ml.model_run)
ORDER BY segmentation, segment_id;
