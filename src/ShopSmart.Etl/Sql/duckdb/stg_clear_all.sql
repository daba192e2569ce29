-- Staging left behind by a run that was killed before it committed; only one load runs at a time.
DELETE FROM stg.sales_line;
DELETE FROM stg.rejected_line;
