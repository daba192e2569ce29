-- One row per source file load, keyed by content hash, with its reconciliation figures.
CREATE SEQUENCE etl.seq_batch START 1;

CREATE TABLE etl.batch (
    batch_id          INTEGER        NOT NULL DEFAULT nextval('etl.seq_batch') PRIMARY KEY,
    job_run_id        BIGINT         NULL,
    source_file       VARCHAR(1000)  NOT NULL,
    content_hash      VARCHAR(64)    NOT NULL,
    file_size_bytes   BIGINT         NOT NULL,
    file_format       VARCHAR(20)    NOT NULL,
    layout            VARCHAR(40)    NULL,
    duplicate_policy  VARCHAR(20)    NOT NULL,
    status            VARCHAR(20)    NOT NULL,
    rows_read         BIGINT         NOT NULL DEFAULT 0,
    rows_loaded       BIGINT         NOT NULL DEFAULT 0,
    rows_rejected     BIGINT         NOT NULL DEFAULT 0,
    source_value      DECIMAL(19, 4) NOT NULL DEFAULT 0,
    loaded_value      DECIMAL(19, 4) NOT NULL DEFAULT 0,
    rejected_value    DECIMAL(19, 4) NOT NULL DEFAULT 0,
    is_reconciled     BOOLEAN        NOT NULL DEFAULT false,
    started_at        TIMESTAMP      NOT NULL,
    finished_at       TIMESTAMP      NULL,
    error_text        VARCHAR        NULL
);
