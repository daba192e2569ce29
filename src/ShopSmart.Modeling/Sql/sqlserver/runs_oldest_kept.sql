-- The oldest of the newest @keep runs (this one included); null while there are no more than @keep runs.
SELECT MIN(kept.run_id)
FROM (SELECT DISTINCT TOP (@keep) run_id FROM ml.model_run ORDER BY run_id DESC) AS kept
HAVING (SELECT COUNT(DISTINCT run_id) FROM ml.model_run) > @keep;
