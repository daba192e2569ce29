-- One row per source file load, keyed by content hash, with its reconciliation figures.
-- Batch ids come from a sequence: the loader draws one before the batch transaction opens, to stage rows under it.
CREATE SEQUENCE etl.seq_batch AS INT START WITH 1 INCREMENT BY 1;

CREATE TABLE etl.batch (
    batch_id          INT            NOT NULL CONSTRAINT pk_batch PRIMARY KEY
                                     CONSTRAINT df_batch_id DEFAULT (NEXT VALUE FOR etl.seq_batch),
    job_run_id        BIGINT         NULL CONSTRAINT fk_batch_job_run REFERENCES etl.job_run (job_run_id),
    source_file       NVARCHAR(1000) NOT NULL,
    content_hash      CHAR(64)       NOT NULL,
    file_size_bytes   BIGINT         NOT NULL,
    file_format       NVARCHAR(20)   NOT NULL,
    layout            NVARCHAR(40)   NULL,
    duplicate_policy  NVARCHAR(20)   NOT NULL,
    status            NVARCHAR(20)   NOT NULL,
    rows_read         BIGINT         NOT NULL CONSTRAINT df_batch_rows_read DEFAULT 0,
    rows_loaded       BIGINT         NOT NULL CONSTRAINT df_batch_rows_loaded DEFAULT 0,
    rows_rejected     BIGINT         NOT NULL CONSTRAINT df_batch_rows_rejected DEFAULT 0,
    source_value      DECIMAL(19, 4) NOT NULL CONSTRAINT df_batch_source_value DEFAULT 0,
    loaded_value      DECIMAL(19, 4) NOT NULL CONSTRAINT df_batch_loaded_value DEFAULT 0,
    rejected_value    DECIMAL(19, 4) NOT NULL CONSTRAINT df_batch_rejected_value DEFAULT 0,
    is_reconciled     BIT            NOT NULL CONSTRAINT df_batch_is_reconciled DEFAULT 0,
    started_at        DATETIME2(3)   NOT NULL,
    finished_at       DATETIME2(3)   NULL,
    error_text        NVARCHAR(MAX)  NULL
);

CREATE INDEX ix_batch_content_hash ON etl.batch (content_hash, status);
