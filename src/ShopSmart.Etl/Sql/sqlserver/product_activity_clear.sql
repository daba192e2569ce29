-- Removes the kept rows dw.product_activity holds for the products of batches @first_batch..@last_batch (a load: its
-- own), or for every product when they are NULL (an unload, a replaced load, a first load); product_activity_insert
-- writes the same products again: both filter on the same batches, so no row is kept twice (the primary key would
-- refuse it).
-- RECOMPILE: everyone (NULL) and one batch's few want different plans; a plan compiled for one would serve the other.
DELETE FROM dw.product_activity
WHERE @first_batch IS NULL OR product_key IN (
    SELECT product_key FROM dw.fact_sales WHERE batch_id BETWEEN @first_batch AND @last_batch)
OPTION (RECOMPILE);
