-- Right, but its C# passes a parameter object built elsewhere, which the scanner cannot see into.
SELECT order_id FROM shop.order_line WHERE customer_id = @customer_id;
