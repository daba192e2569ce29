-- One row per application run (ETL, modelling, export): what ran, how it ended, how long it took.
CREATE SEQUENCE etl.seq_job_run START 1;

CREATE TABLE etl.job_run (
    job_run_id   BIGINT        NOT NULL DEFAULT nextval('etl.seq_job_run') PRIMARY KEY,
    app          VARCHAR(40)   NOT NULL,
    command      VARCHAR(40)   NOT NULL,
    arguments    VARCHAR(2000) NULL,
    host_name    VARCHAR(128)  NULL,
    status       VARCHAR(20)   NOT NULL,
    exit_code    INTEGER       NULL,
    started_at   TIMESTAMP     NOT NULL,
    finished_at  TIMESTAMP     NULL,
    duration_ms  BIGINT        NULL,
    error_text   VARCHAR       NULL
);
