-- unload: the batch to remove, by id or by the content of its file (the newest loaded batch of that content).
SELECT batch_id AS BatchId, source_file AS SourceFile, status AS Status, rows_loaded AS RowsLoaded, rows_rejected AS RowsRejected
FROM etl.batch
WHERE batch_id = $batch_id
   OR (content_hash = $content_hash AND status = 'loaded')
ORDER BY batch_id DESC
LIMIT 1;
