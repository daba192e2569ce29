-- The batch's quarantined rows move from staging to etl.rejected_row, with the file they came from.
INSERT INTO etl.rejected_row (batch_id, source_file, source_sheet, source_row_number, reason_code, reason_detail, raw_values, line_value)
SELECT batch_id, $source_file, source_sheet, source_row_number, reason_code, reason_detail, raw_values, line_value
FROM stg.rejected_line
WHERE batch_id = $batch_id
ORDER BY source_sheet, source_row_number;
