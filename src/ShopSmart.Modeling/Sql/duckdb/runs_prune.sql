-- Runs older than the kept ones lose their per-customer and per-rule rows, the bulk of every run; their run, metric,
-- importance and segment rows stay: the history of how the models did (Modeling:KeepRuns).
DELETE FROM ml.customer_score WHERE run_id < $oldest_kept;
DELETE FROM ml.customer_product_score WHERE run_id < $oldest_kept;
DELETE FROM ml.customer_recommendation WHERE run_id < $oldest_kept;
DELETE FROM ml.association_rule WHERE run_id < $oldest_kept;
DELETE FROM ml.model_curve WHERE run_id < $oldest_kept;
