-- Duplicate policy Quarantine: the quarantined copies leave staging so they are not loaded.
DELETE s
FROM stg.sales_line AS s
WHERE s.batch_id = @batch_id
  AND EXISTS (
      SELECT 1
      FROM etl.rejected_row AS r
      WHERE r.batch_id = s.batch_id
        AND r.reason_code = N'DUPLICATE_LINE'
        AND r.source_row_number = s.source_row_number
        AND (r.source_sheet = s.source_sheet OR (r.source_sheet IS NULL AND s.source_sheet IS NULL))
  );
