-- Broken on purpose: the C# passes order_id only, not closed_at.
UPDATE shop.order_line
SET closed_at = @closed_at
WHERE order_id = @order_id;
