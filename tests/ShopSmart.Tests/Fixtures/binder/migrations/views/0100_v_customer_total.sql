-- Right: what each customer spent.
CREATE OR ALTER VIEW shop.v_customer_total
AS
SELECT c.customer_id, c.name, SUM(o.amount) AS total
FROM shop.customer AS c
JOIN shop.order_line AS o ON o.customer_id = c.customer_id
GROUP BY c.customer_id, c.name;
