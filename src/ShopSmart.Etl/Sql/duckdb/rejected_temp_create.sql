-- Connection-local landing table for quarantined rows (the appender cannot fill rejected_row_id's sequence).
CREATE OR REPLACE TEMP TABLE rejected_temp (
    batch_id           INTEGER,
    source_file        VARCHAR,
    source_sheet       VARCHAR,
    source_row_number  BIGINT,
    reason_code        VARCHAR,
    reason_detail      VARCHAR,
    raw_values         VARCHAR,
    line_value         DECIMAL(19, 4)
);
