-- Models: the latest modelling run, one row per model (mart.v_model_run_latest); empty before the first run.
SELECT run_id, model, status, message, algorithm, evaluation_cutoff, scoring_cutoff, horizon_days, holdout_rows, scored_rows,
       primary_metric, model_value, baseline_name, baseline_value, grade, created_at
FROM mart.v_model_run_latest
ORDER BY model;
