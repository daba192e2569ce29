-- A run whose process ended without recording its end (killed, or the machine stopped): no exit code, no duration.
UPDATE etl.job_run
SET status = N'abandoned',
    error_text = @error_text
WHERE job_run_id = @job_run_id
  AND status = N'running';
