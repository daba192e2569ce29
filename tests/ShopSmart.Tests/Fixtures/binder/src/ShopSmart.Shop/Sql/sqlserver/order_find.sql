-- Broken on purpose: the table is shop.order_line.
SELECT order_id, amount
FROM shop.order_lines
WHERE customer_id = @customer_id;
