-- First and last invoice time of the staged batch.
SELECT MIN(invoice_at) AS First, MAX(invoice_at) AS Last
FROM stg.sales_line
WHERE batch_id = @batch_id;
