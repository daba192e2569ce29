-- Products of the batches in range (a load: its own; an unload: its dependents): their description counts are
-- rebuilt below.
DELETE FROM dw.dim_product_description
WHERE product_key IN (
    SELECT DISTINCT product_key FROM dw.fact_sales
    WHERE batch_id BETWEEN @first_batch AND @last_batch
);
