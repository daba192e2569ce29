-- Products of the batch: their description counts are rebuilt below.
DELETE FROM dw.dim_product_description
WHERE product_key IN (SELECT DISTINCT product_key FROM dw.fact_sales WHERE batch_id = @batch_id);
