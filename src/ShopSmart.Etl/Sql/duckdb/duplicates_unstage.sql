-- Duplicate policy Quarantine: the quarantined copies leave staging so they are not loaded.
DELETE FROM stg.sales_line AS s
USING (
    SELECT r.source_row_number, coalesce(t.text_id, 0) AS source_sheet_text_id
    FROM etl.rejected_row AS r
    LEFT JOIN stg.text_value AS t ON t.batch_id = r.batch_id AND t.text_value = r.source_sheet
    WHERE r.batch_id = $batch_id
      AND r.reason_code = 'DUPLICATE_LINE'
) AS q
WHERE s.batch_id = $batch_id
  AND s.source_row_number = q.source_row_number
  AND s.source_sheet_text_id = q.source_sheet_text_id;
