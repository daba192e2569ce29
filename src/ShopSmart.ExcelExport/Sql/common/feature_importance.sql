-- Models: permutation feature importance of the latest run (ml.feature_importance), most important first.
SELECT model, feature, metric, importance, importance_std, importance_rank
FROM ml.feature_importance
WHERE run_id = (SELECT max(run_id) FROM ml.model_run)
ORDER BY model, importance_rank, feature;
