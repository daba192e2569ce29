-- --force: earlier loads of the same content stay on record as replaced.
UPDATE etl.batch
SET status = N'replaced'
WHERE content_hash = @content_hash
  AND status = N'loaded';
