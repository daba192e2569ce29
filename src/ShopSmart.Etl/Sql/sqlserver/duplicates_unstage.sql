-- Duplicate policy Quarantine: the quarantined copies leave staging so they are not loaded.
-- The staged texts are BIN2 and the quarantine's sheet name has the database's collation: comparing the two without a
-- COLLATE is a collation conflict the server refuses when it compiles the statement.
DELETE s
FROM stg.sales_line AS s
JOIN (
    SELECT r.source_row_number, ISNULL(t.text_id, 0) AS source_sheet_text_id
    FROM etl.rejected_row AS r
    LEFT JOIN stg.text_value AS t ON t.batch_id = r.batch_id AND t.text_value = r.source_sheet COLLATE Latin1_General_100_BIN2
    WHERE r.batch_id = @batch_id
      AND r.reason_code = N'DUPLICATE_LINE'
) AS q
    ON q.source_row_number = s.source_row_number
   AND q.source_sheet_text_id = s.source_sheet_text_id
WHERE s.batch_id = @batch_id;
