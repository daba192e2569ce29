-- What the warehouse holds for the batch, for reconciliation against what was read.
SELECT
    (SELECT COUNT_BIG(*) FROM dw.fact_sales WHERE batch_id = @batch_id) AS RowsLoaded,
    (SELECT ISNULL(SUM(line_revenue), 0) FROM dw.fact_sales WHERE batch_id = @batch_id) AS LoadedValue,
    (SELECT COUNT_BIG(*) FROM etl.rejected_row WHERE batch_id = @batch_id) AS RowsRejected,
    (SELECT ISNULL(SUM(line_value), 0) FROM etl.rejected_row WHERE batch_id = @batch_id) AS RejectedValue;
