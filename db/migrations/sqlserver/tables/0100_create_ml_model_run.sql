-- One row per model per modelling run (run_id groups the models of one `shopsmart-modeling train`): what was
-- trained on which cut-off and horizon, its headline metric against its best baseline, grade, cost and version.
-- A run's rows in every ml table are written in one transaction, so a run present here is complete.
CREATE SEQUENCE ml.seq_model_run AS BIGINT START WITH 1;

CREATE TABLE ml.model_run (
    run_id             BIGINT         NOT NULL,
    model              NVARCHAR(40)   NOT NULL,
    job_run_id         BIGINT         NULL,
    status             NVARCHAR(20)   NOT NULL,
    message            NVARCHAR(1000) NULL,
    algorithm          NVARCHAR(100)  NULL,
    parameters         NVARCHAR(4000) NULL,
    seed               INT            NOT NULL,
    evaluation_cutoff  DATE           NULL,
    scoring_cutoff     DATE           NULL,
    horizon_days       INT            NOT NULL,
    training_rows      INT            NULL,
    holdout_rows       INT            NULL,
    scored_rows        INT            NULL,
    primary_metric     NVARCHAR(40)   NULL,
    model_value        FLOAT          NULL,
    baseline_name      NVARCHAR(60)   NULL,
    baseline_value     FLOAT          NULL,
    grade              NVARCHAR(1)    NULL,
    duration_ms        BIGINT         NOT NULL,
    code_version       NVARCHAR(60)   NOT NULL,
    model_path         NVARCHAR(400)  NULL,
    created_at         DATETIME2(3)   NOT NULL,
    CONSTRAINT pk_model_run PRIMARY KEY (run_id, model)
);
