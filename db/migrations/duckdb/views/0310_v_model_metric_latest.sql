-- Hold-out metrics of the latest modelling run, model and baselines side by side (is_baseline tells them apart).
CREATE OR REPLACE VIEW mart.v_model_metric_latest AS
SELECT
    m.run_id,
    m.model,
    m.scope,
    m.metric,
    m.candidate,
    m.is_baseline,
    m.value
FROM ml.model_metric AS m
WHERE m.run_id = (SELECT max(run_id) FROM ml.model_run);
