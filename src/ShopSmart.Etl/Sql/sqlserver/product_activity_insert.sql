-- Every product's sales as dw.v_product_activity defines them, after the facts changed.
INSERT INTO dw.product_activity (product_key, revenue, cancellation_value, units, orders, customers)
SELECT product_key, revenue, cancellation_value, units, orders, customers
FROM dw.v_product_activity;
