-- --force: remove the facts of earlier loads of the same content.
DELETE FROM dw.fact_sales
WHERE batch_id IN (SELECT batch_id FROM etl.batch WHERE content_hash = @content_hash AND status = N'loaded');
