-- The loaded batch that already holds this file content, if any.
SELECT TOP (1) batch_id AS BatchId, source_file AS SourceFile, finished_at AS FinishedAt
FROM etl.batch
WHERE content_hash = @content_hash
  AND status = N'loaded'
ORDER BY batch_id DESC;
