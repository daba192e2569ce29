-- The operating-system process of a run, with host_name: a later run on the same host can tell that a row still
-- 'running' belongs to a process that no longer exists (killed, or the machine stopped) and mark it 'abandoned'.
ALTER TABLE etl.job_run ADD process_id INT NULL;
