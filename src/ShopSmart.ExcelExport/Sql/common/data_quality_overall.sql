-- Overview's data-quality line: rows read, loaded and quarantined over every loaded batch (mart.v_data_quality).
SELECT rule_code, row_count
FROM mart.v_data_quality
WHERE scope = 'overall' AND measure_kind = 'reconciliation';
