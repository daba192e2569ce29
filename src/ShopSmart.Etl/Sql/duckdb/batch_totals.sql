-- What the warehouse holds for the batch, for reconciliation against what was read.
SELECT
    (SELECT count(*) FROM dw.fact_sales WHERE batch_id = $batch_id) AS RowsLoaded,
    (SELECT coalesce(sum(line_revenue), 0) FROM dw.fact_sales WHERE batch_id = $batch_id) AS LoadedValue,
    (SELECT count(*) FROM etl.rejected_row WHERE batch_id = $batch_id) AS RowsRejected,
    (SELECT coalesce(sum(line_value), 0) FROM etl.rejected_row WHERE batch_id = $batch_id) AS RejectedValue;
