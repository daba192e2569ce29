-- Staging left behind by a run that was killed before it committed; only one load runs at a time.
TRUNCATE TABLE stg.sales_line;
TRUNCATE TABLE stg.rejected_line;
