-- Rewrites dw.customer_activity from dw.v_customer_activity on a warehouse that already holds facts: when the table is
-- new, and whenever a view (a rule it reads) changes. Loads and unloads keep it up to date in between.
DELETE FROM dw.customer_activity;

INSERT INTO dw.customer_activity (customer_key, first_purchase_at, last_purchase_at, frequency, gross_revenue, cancellation_value, distinct_products)
SELECT customer_key, first_purchase_at, last_purchase_at, frequency, gross_revenue, cancellation_value, distinct_products
FROM dw.v_customer_activity;
