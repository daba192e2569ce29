-- Models: hold-out metrics of the latest run, model and baselines (mart.v_model_metric_latest).
SELECT model, scope, metric, candidate, is_baseline, value
FROM mart.v_model_metric_latest
ORDER BY model, scope, is_baseline, candidate, metric;
