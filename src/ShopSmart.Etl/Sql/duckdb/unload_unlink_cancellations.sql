-- unload: cancellations in other batches stop pointing at the removed batch's purchases; they are linked again below.
UPDATE dw.fact_sales
SET cancelled_sales_line_key = NULL
WHERE cancelled_sales_line_key IN (SELECT sales_line_key FROM dw.fact_sales WHERE batch_id = $batch_id);
