-- Quarantine: source rows that could not be loaded, with where they came from and why.
CREATE SEQUENCE etl.seq_rejected_row START 1;

CREATE TABLE etl.rejected_row (
    rejected_row_id    BIGINT         NOT NULL DEFAULT nextval('etl.seq_rejected_row') PRIMARY KEY,
    batch_id           INTEGER        NOT NULL,
    source_file        VARCHAR(1000)  NOT NULL,
    source_sheet       VARCHAR(100)   NULL,
    source_row_number  BIGINT         NOT NULL,
    reason_code        VARCHAR(40)    NOT NULL,
    reason_detail      VARCHAR(400)   NULL,
    raw_values         VARCHAR        NULL,
    line_value         DECIMAL(19, 4) NULL
);
