-- The products' sales as dw.product_activity_of (the rule behind dw.v_product_activity) gives them, for the products
-- product_activity_clear removed: those of batches @first_batch..@last_batch, or every product when NULL.
-- RECOMPILE: everyone (NULL) and one batch's few want different plans; a plan compiled for one would serve the other.
INSERT INTO dw.product_activity (product_key, revenue, cancellation_value, units, orders, customers)
SELECT product_key, revenue, cancellation_value, units, orders, customers
FROM dw.product_activity_of(@first_batch, @last_batch)
OPTION (RECOMPILE);
