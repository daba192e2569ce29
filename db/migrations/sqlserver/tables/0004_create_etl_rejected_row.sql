-- Quarantine: source rows that could not be loaded, with where they came from and why.
CREATE TABLE etl.rejected_row (
    rejected_row_id    BIGINT         IDENTITY(1, 1) NOT NULL CONSTRAINT pk_rejected_row PRIMARY KEY,
    batch_id           INT            NOT NULL CONSTRAINT fk_rejected_row_batch REFERENCES etl.batch (batch_id),
    source_file        NVARCHAR(1000) NOT NULL,
    source_sheet       NVARCHAR(100)  NULL,
    source_row_number  BIGINT         NOT NULL,
    reason_code        NVARCHAR(40)   NOT NULL,
    reason_detail      NVARCHAR(400)  NULL,
    raw_values         NVARCHAR(MAX)  NULL,
    line_value         DECIMAL(19, 4) NULL
);

CREATE INDEX ix_rejected_row_batch ON etl.rejected_row (batch_id, reason_code);
