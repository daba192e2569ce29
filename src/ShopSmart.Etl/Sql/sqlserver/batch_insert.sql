-- Opens the batch record; it becomes visible only when the batch commits.
INSERT INTO etl.batch (batch_id, job_run_id, source_file, content_hash, file_size_bytes, file_format, duplicate_policy, price_currency, status, started_at)
VALUES (@batch_id, @job_run_id, @source_file, @content_hash, @file_size_bytes, @file_format, @duplicate_policy, @price_currency, N'loading', @started_at);
