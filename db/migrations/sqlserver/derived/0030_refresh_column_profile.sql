-- Rewrites dw.column_profile from dw.v_column_profile on a warehouse that already holds facts: when the table is new,
-- and whenever a view (a rule it reads) changes. Loads and unloads keep it up to date in between.
DELETE FROM dw.column_profile;

INSERT INTO dw.column_profile (column_position, column_name, data_type, row_count, null_count, distinct_count, min_value, max_value, mean_value, std_dev, p25, p50, p75)
SELECT column_position, column_name, data_type, row_count, null_count, distinct_count, min_value, max_value, mean_value, std_dev, p25, p50, p75
FROM dw.v_column_profile;
