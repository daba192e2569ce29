-- Cross-sell list: each customer's next-best product (rank 1) of the latest run (ml.customer_recommendation).
SELECT customer_key, stock_code, description, score, source, rule_id
FROM ml.customer_recommendation
WHERE run_id = (SELECT max(run_id) FROM ml.model_run)
    AND recommendation_rank = 1
ORDER BY customer_key;
