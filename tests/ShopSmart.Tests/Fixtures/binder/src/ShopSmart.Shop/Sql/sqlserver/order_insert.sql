-- Broken on purpose: three columns, two values.
INSERT INTO shop.order_line (order_id, customer_id, amount)
VALUES (@order_id, @customer_id);
