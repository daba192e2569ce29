-- A loaded batch whose prices carried another currency than this file's, if any (the replaced load of the same content aside).
SELECT price_currency AS Currency, batch_id AS BatchId, source_file AS SourceFile
FROM etl.batch
WHERE status = 'loaded'
  AND price_currency IS NOT NULL
  AND price_currency <> $price_currency
  AND content_hash <> $content_hash
ORDER BY batch_id
LIMIT 1;
