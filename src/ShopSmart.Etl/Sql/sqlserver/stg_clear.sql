-- The batch's staging rows are no longer needed once its facts are in.
DELETE FROM stg.sales_line WHERE batch_id = @batch_id;
DELETE FROM stg.text_value WHERE batch_id = @batch_id;
DELETE FROM stg.calendar_day WHERE batch_id = @batch_id;
DELETE FROM stg.rejected_line WHERE batch_id = @batch_id;
