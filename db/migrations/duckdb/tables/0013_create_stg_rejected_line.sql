-- Landing table for one batch's quarantined rows; they reach etl.rejected_row when the batch commits.
CREATE TABLE stg.rejected_line (
    batch_id           INTEGER        NOT NULL,
    source_sheet       VARCHAR(100)   NULL,
    source_row_number  BIGINT         NOT NULL,
    reason_code        VARCHAR(40)    NOT NULL,
    reason_detail      VARCHAR(400)   NULL,
    raw_values         VARCHAR        NULL,
    line_value         DECIMAL(19, 4) NULL
);
