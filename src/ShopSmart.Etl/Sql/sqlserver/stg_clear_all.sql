-- Staging left behind by a run that was killed before it committed; only one load runs at a time.
-- DELETE rather than TRUNCATE: the shopsmart_etl role may delete rows but not alter tables.
DELETE FROM stg.sales_line;
DELETE FROM stg.text_value;
DELETE FROM stg.calendar_day;
DELETE FROM stg.line_hash;
DELETE FROM stg.rejected_line;
