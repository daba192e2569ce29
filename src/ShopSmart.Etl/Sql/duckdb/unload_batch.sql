-- unload: the batch's facts, quarantined rows, rule counts and batch record.
DELETE FROM dw.fact_sales WHERE batch_id = $batch_id;
DELETE FROM etl.rejected_row WHERE batch_id = $batch_id;
DELETE FROM etl.batch_rule_count WHERE batch_id = $batch_id;
DELETE FROM etl.batch WHERE batch_id = $batch_id;
