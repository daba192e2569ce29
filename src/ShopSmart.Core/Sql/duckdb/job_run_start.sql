INSERT INTO etl.job_run (app, command, arguments, host_name, process_id, status, started_at)
VALUES ($app, $command, $arguments, $host_name, $process_id, 'running', $started_at)
RETURNING job_run_id;
