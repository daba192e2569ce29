-- First and last invoice time of the staged batch.
SELECT min(invoice_at) AS First, max(invoice_at) AS Last
FROM stg.sales_line
WHERE batch_id = $batch_id;
