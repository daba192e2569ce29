-- Which products each customer bought in [cut-off, label end): the product labels and the recommendation hold-out.
SELECT DISTINCT customer_key, product_key
FROM dw.v_revenue_line
WHERE is_purchase = 1 AND invoice_at >= @cutoff AND invoice_at < @label_end
ORDER BY customer_key, product_key;
