-- Rewrites dw.product_activity from dw.v_product_activity on a warehouse that already holds facts: when the table is
-- new, and whenever a view (a rule it reads) changes. Loads and unloads keep it up to date in between.
DELETE FROM dw.product_activity;

INSERT INTO dw.product_activity (product_key, revenue, cancellation_value, units, orders, customers)
SELECT product_key, revenue, cancellation_value, units, orders, customers
FROM dw.v_product_activity;
