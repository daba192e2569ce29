-- Landing table for one batch's quarantined rows; they reach etl.rejected_row when the batch commits.
CREATE TABLE stg.rejected_line (
    batch_id           INT            NOT NULL,
    source_sheet       NVARCHAR(100)  NULL,
    source_row_number  BIGINT         NOT NULL,
    reason_code        NVARCHAR(40)   NOT NULL,
    reason_detail      NVARCHAR(400)  NULL,
    raw_values         NVARCHAR(MAX)  NULL,
    line_value         DECIMAL(19, 4) NULL
);
