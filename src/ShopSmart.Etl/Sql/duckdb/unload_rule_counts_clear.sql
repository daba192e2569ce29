-- unload: a remaining batch's rule counts, counted again below from its refreshed facts.
DELETE FROM etl.batch_rule_count WHERE batch_id = $batch_id;
