-- --force: remove the quarantined rows of earlier loads of the same content.
DELETE FROM etl.rejected_row
WHERE batch_id IN (SELECT batch_id FROM etl.batch WHERE content_hash = @content_hash AND status = N'loaded');
