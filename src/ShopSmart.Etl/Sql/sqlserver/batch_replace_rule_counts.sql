-- --force: remove the rule counts of earlier loads of the same content.
DELETE FROM etl.batch_rule_count
WHERE batch_id IN (SELECT batch_id FROM etl.batch WHERE content_hash = @content_hash AND status = N'loaded');
