-- Rows per cleaning rule of one batch.
SELECT rule_code AS RuleCode, rows_matched AS RowsMatched
FROM etl.batch_rule_count
WHERE batch_id = @batch_id
ORDER BY rule_code;
