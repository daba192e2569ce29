-- unload: a remaining batch's rule counts, counted again from its refreshed facts (batch_rule_counts). The rules
-- counted by the loader as it read the file (STOCK_CODE_NORMALISED, DESCRIPTION_UNTRIMMED, NULL_WORD) cannot be
-- counted again from the facts and do not change: they stay.
DELETE FROM etl.batch_rule_count
WHERE batch_id = @batch_id
  AND rule_code NOT IN ('STOCK_CODE_NORMALISED', 'DESCRIPTION_UNTRIMMED', 'NULL_WORD');
