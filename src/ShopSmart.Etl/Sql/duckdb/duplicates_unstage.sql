-- Duplicate policy Quarantine: the quarantined copies leave staging so they are not loaded.
DELETE FROM stg.sales_line AS s
WHERE s.batch_id = $batch_id
  AND EXISTS (
      SELECT 1
      FROM etl.rejected_row AS r
      WHERE r.batch_id = s.batch_id
        AND r.reason_code = 'DUPLICATE_LINE'
        AND r.source_row_number = s.source_row_number
        AND r.source_sheet IS NOT DISTINCT FROM s.source_sheet
  );
