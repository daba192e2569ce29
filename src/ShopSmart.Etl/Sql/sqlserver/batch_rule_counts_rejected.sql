-- Quarantined rows of the batch per reason, as rules named REJECTED:<reason>.
INSERT INTO etl.batch_rule_count (batch_id, rule_code, rows_matched)
SELECT @batch_id, CONCAT(N'REJECTED:', reason_code), COUNT(*)
FROM etl.rejected_row
WHERE batch_id = @batch_id
GROUP BY reason_code;
