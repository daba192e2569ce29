-- Closes the batch record with its reconciled figures.
UPDATE etl.batch
SET status = N'loaded',
    layout = @layout,
    rows_read = @rows_read,
    rows_loaded = @rows_loaded,
    rows_rejected = @rows_rejected,
    source_value = @source_value,
    loaded_value = @loaded_value,
    rejected_value = @rejected_value,
    is_reconciled = 1,
    finished_at = @finished_at
WHERE batch_id = @batch_id;
