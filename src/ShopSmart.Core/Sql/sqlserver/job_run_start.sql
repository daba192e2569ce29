INSERT INTO etl.job_run (app, command, arguments, host_name, process_id, status, started_at)
OUTPUT INSERTED.job_run_id
VALUES (@app, @command, @arguments, @host_name, @process_id, N'running', @started_at);
