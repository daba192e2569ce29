-- Right: a customer's total, from the view.
SELECT t.total
FROM shop.v_customer_total AS t
WHERE t.customer_id = @customer_id;
