-- Broken on purpose: 'amout' is not a column of shop.order_line.
CREATE OR ALTER VIEW shop.v_order_total
AS
SELECT o.order_id, SUM(o.amout) AS total
FROM shop.order_line AS o
GROUP BY o.order_id;
