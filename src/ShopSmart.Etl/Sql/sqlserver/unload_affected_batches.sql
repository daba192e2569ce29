-- unload: the other batches whose figures depend on the one removed: they share a customer or product (dimension
-- attributes, canonical descriptions), link a cancellation to one of its lines, or flagged lines as its copies.
SELECT DISTINCT f.batch_id
FROM dw.fact_sales AS f
WHERE f.batch_id <> @batch_id
  AND (
      f.product_key IN (SELECT product_key FROM dw.fact_sales WHERE batch_id = @batch_id)
      OR (f.customer_key <> 0 AND f.customer_key IN (SELECT customer_key FROM dw.fact_sales WHERE batch_id = @batch_id))
      OR f.cancelled_sales_line_key IN (SELECT sales_line_key FROM dw.fact_sales WHERE batch_id = @batch_id)
      OR (f.is_already_loaded = 1 AND f.batch_id > @batch_id)
  )
ORDER BY f.batch_id;
