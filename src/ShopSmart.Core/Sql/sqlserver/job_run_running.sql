-- Runs of this host still marked 'running', with their process: those whose process is gone are abandoned.
SELECT job_run_id AS JobRunId, process_id AS ProcessId, started_at AS StartedAt
FROM etl.job_run
WHERE status = N'running'
  AND host_name = @host_name
  AND process_id IS NOT NULL;
