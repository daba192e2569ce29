UPDATE etl.job_run
SET status = $status, exit_code = $exit_code, finished_at = $finished_at, duration_ms = $duration_ms, error_text = $error_text
WHERE job_run_id = $job_run_id;
