-- The models of the latest modelling run (a run is written whole or not at all, so the latest is complete):
-- status or skip reason, cut-offs, headline metric against the best baseline, grade. Empty before the first run.
CREATE OR ALTER VIEW mart.v_model_run_latest
AS
SELECT
    r.run_id,
    r.model,
    r.status,
    r.message,
    r.algorithm,
    r.evaluation_cutoff,
    r.scoring_cutoff,
    r.horizon_days,
    r.training_rows,
    r.holdout_rows,
    r.scored_rows,
    r.primary_metric,
    r.model_value,
    r.baseline_name,
    r.baseline_value,
    r.grade,
    r.duration_ms,
    r.code_version,
    r.created_at
FROM ml.model_run AS r
WHERE r.run_id = (SELECT MAX(run_id) FROM ml.model_run);
