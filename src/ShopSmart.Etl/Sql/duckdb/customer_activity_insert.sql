-- Every customer's purchases as dw.v_customer_activity defines them, after the facts changed.
INSERT INTO dw.customer_activity (customer_key, first_purchase_at, last_purchase_at, frequency, gross_revenue, cancellation_value, distinct_products)
SELECT customer_key, first_purchase_at, last_purchase_at, frequency, gross_revenue, cancellation_value, distinct_products
FROM dw.v_customer_activity;
