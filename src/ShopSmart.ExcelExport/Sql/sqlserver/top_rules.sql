-- Cross-sell rules: the latest run's strongest association rules (ml.association_rule), highest lift first.
SELECT TOP (@top) rule_id, antecedent_codes, antecedent_descriptions, antecedent_size, consequent_code, consequent_description,
       invoices, support, confidence, lift
FROM ml.association_rule
WHERE run_id = (SELECT max(run_id) FROM ml.model_run)
ORDER BY lift DESC, confidence DESC, support DESC, rule_id;
