-- unload: lines other batches quarantined as copies of the removed batch's lines (duplicate policy Quarantine);
-- they are not in the warehouse, so only reloading those files brings them back.
SELECT r.batch_id AS BatchId, b.source_file AS SourceFile, count(*) AS Lines
FROM etl.rejected_row AS r
JOIN etl.batch AS b ON b.batch_id = r.batch_id
WHERE r.reason_code = 'DUPLICATE_LINE'
  AND r.reason_detail = 'already loaded by batch ' || CAST($batch_id AS VARCHAR)
GROUP BY r.batch_id, b.source_file
ORDER BY r.batch_id;
