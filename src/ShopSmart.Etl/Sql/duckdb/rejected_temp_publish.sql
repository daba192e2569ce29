-- Moves the landed quarantined rows into etl.rejected_row, numbering them from its sequence.
INSERT INTO etl.rejected_row (batch_id, source_file, source_sheet, source_row_number, reason_code, reason_detail, raw_values, line_value)
SELECT batch_id, source_file, source_sheet, source_row_number, reason_code, reason_detail, raw_values, line_value
FROM rejected_temp;
