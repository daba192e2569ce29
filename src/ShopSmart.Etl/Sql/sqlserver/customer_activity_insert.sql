-- The customers' purchases as dw.customer_activity_of (the rule behind dw.v_customer_activity) gives them, for the
-- customers customer_activity_clear removed: those of batches @first_batch..@last_batch, or everyone when NULL.
-- RECOMPILE: everyone (NULL) and one batch's few want different plans; a plan compiled for one would serve the other.
INSERT INTO dw.customer_activity (customer_key, first_purchase_at, last_purchase_at, frequency, gross_revenue, cancellation_value, distinct_products)
SELECT customer_key, first_purchase_at, last_purchase_at, frequency, gross_revenue, cancellation_value, distinct_products
FROM dw.customer_activity_of(@first_batch, @last_batch)
OPTION (RECOMPILE);
