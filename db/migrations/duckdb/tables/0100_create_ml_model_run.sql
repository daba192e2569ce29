-- One row per model per modelling run (run_id groups the models of one `shopsmart-modeling train`): what was
-- trained on which cut-off and horizon, its headline metric against its best baseline, grade, cost and version.
-- A run's rows in every ml table are written in one transaction, so a run present here is complete.
CREATE SEQUENCE ml.seq_model_run START 1;

CREATE TABLE ml.model_run (
    run_id             BIGINT        NOT NULL,
    model              VARCHAR(40)   NOT NULL,
    job_run_id         BIGINT        NULL,
    status             VARCHAR(20)   NOT NULL,
    message            VARCHAR(1000) NULL,
    algorithm          VARCHAR(100)  NULL,
    parameters         VARCHAR(4000) NULL,
    seed               INTEGER       NOT NULL,
    evaluation_cutoff  DATE          NULL,
    scoring_cutoff     DATE          NULL,
    horizon_days       INTEGER       NOT NULL,
    training_rows      INTEGER       NULL,
    holdout_rows       INTEGER       NULL,
    scored_rows        INTEGER       NULL,
    primary_metric     VARCHAR(40)   NULL,
    model_value        DOUBLE        NULL,
    baseline_name      VARCHAR(60)   NULL,
    baseline_value     DOUBLE        NULL,
    grade              VARCHAR(1)    NULL,
    duration_ms        BIGINT        NOT NULL,
    code_version       VARCHAR(60)   NOT NULL,
    model_path         VARCHAR(400)  NULL,
    created_at         TIMESTAMP     NOT NULL,
    PRIMARY KEY (run_id, model)
);
