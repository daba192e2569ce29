-- One row per application run (ETL, modelling, export): what ran, how it ended, how long it took.
CREATE TABLE etl.job_run (
    job_run_id   BIGINT         IDENTITY(1, 1) NOT NULL CONSTRAINT pk_job_run PRIMARY KEY,
    app          NVARCHAR(40)   NOT NULL,
    command      NVARCHAR(40)   NOT NULL,
    arguments    NVARCHAR(2000) NULL,
    host_name    NVARCHAR(128)  NULL,
    status       NVARCHAR(20)   NOT NULL,
    exit_code    INT            NULL,
    started_at   DATETIME2(3)   NOT NULL,
    finished_at  DATETIME2(3)   NULL,
    duration_ms  BIGINT         NULL,
    error_text   NVARCHAR(MAX)  NULL
);
