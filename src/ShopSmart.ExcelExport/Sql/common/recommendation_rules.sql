-- Cross-sell list: the association rules behind the customers' next-best products (rank 1) of the latest run; a run
-- can hold far more rules than the list uses.
SELECT a.rule_id, a.antecedent_codes, a.antecedent_descriptions, a.antecedent_size, a.consequent_code, a.consequent_description,
       a.invoices, a.support, a.confidence, a.lift
FROM ml.association_rule AS a
WHERE a.run_id = (SELECT max(run_id) FROM ml.model_run)
    AND a.rule_id IN (
        SELECT r.rule_id
        FROM ml.customer_recommendation AS r
        WHERE r.run_id = a.run_id AND r.recommendation_rank = 1
    );
