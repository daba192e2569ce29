-- The oldest of the newest $keep runs (this one included); null while there are no more than $keep runs.
SELECT min(run_id)
FROM (SELECT DISTINCT run_id FROM ml.model_run ORDER BY run_id DESC LIMIT $keep) AS kept
HAVING (SELECT count(DISTINCT run_id) FROM ml.model_run) > $keep;
