-- Opens the batch record; it becomes visible only when the batch commits.
INSERT INTO etl.batch (job_run_id, source_file, content_hash, file_size_bytes, file_format, duplicate_policy, status, started_at)
OUTPUT INSERTED.batch_id
VALUES (@job_run_id, @source_file, @content_hash, @file_size_bytes, @file_format, @duplicate_policy, N'loading', @started_at);
