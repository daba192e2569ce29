-- Profile of each source column over the loaded lines (duplicates excluded): type, nulls, distinct values and, for numeric columns, summary statistics.
-- The rows are dw.v_column_profile's, kept in dw.column_profile by the ETL: reading them does not scan every sale line.
CREATE OR REPLACE VIEW mart.v_column_profile AS
SELECT
    column_position,
    column_name,
    data_type,
    row_count,
    null_count,
    100.0 * null_count / NULLIF(row_count, 0) AS null_pct,
    distinct_count,
    min_value,
    max_value,
    mean_value,
    std_dev,
    p25,
    p50,
    p75
FROM dw.column_profile;
