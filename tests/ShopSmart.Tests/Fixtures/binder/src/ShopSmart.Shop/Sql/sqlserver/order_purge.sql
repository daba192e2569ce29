-- Right: run in a loop for each closed order.
DELETE FROM shop.order_line WHERE order_id = @order_id AND closed_at IS NOT NULL;
