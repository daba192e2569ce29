INSERT INTO etl.job_run (app, command, arguments, host_name, status, started_at)
VALUES ($app, $command, $arguments, $host_name, 'running', $started_at)
RETURNING job_run_id;
