-- Data dictionary's profile of the source columns (mart.v_column_profile).
SELECT column_position, column_name, data_type, row_count, null_count, null_pct, distinct_count, min_value,
       max_value, mean_value, p50
FROM mart.v_column_profile
ORDER BY column_position;
