-- The profile of every source column as dw.v_column_profile defines it, after the facts changed.
INSERT INTO dw.column_profile (column_position, column_name, data_type, row_count, null_count, distinct_count, min_value, max_value, mean_value, std_dev, p25, p50, p75)
SELECT column_position, column_name, data_type, row_count, null_count, distinct_count, min_value, max_value, mean_value, std_dev, p25, p50, p75
FROM dw.v_column_profile;
