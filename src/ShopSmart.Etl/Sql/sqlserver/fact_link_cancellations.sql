-- Each cancellation of the batch points to the latest earlier purchase line it can reverse:
-- same customer and product, purchased quantity at least the cancelled quantity.
-- Ties (two such purchases at the same minute) go to the later line of the file: the surrogate key, assigned by a
-- parallel insert, is not the same from one load to the next.
WITH candidates AS (
    SELECT
        c.sales_line_key AS cancellation_key,
        p.sales_line_key AS purchase_key,
        ROW_NUMBER() OVER (PARTITION BY c.sales_line_key ORDER BY p.invoice_at DESC, p.batch_id DESC, p.source_sheet DESC, p.source_row_number DESC) AS preference
    FROM dw.fact_sales AS c
    JOIN dw.fact_sales AS p
        ON p.customer_key = c.customer_key
       AND p.product_key = c.product_key
       AND p.invoice_at < c.invoice_at
       AND p.quantity >= -c.quantity
       AND p.quantity > 0
       AND p.is_cancellation = 0
    WHERE c.batch_id = @batch_id
      AND c.is_cancellation = 1
      AND c.quantity < 0
      AND c.customer_key <> 0
)
UPDATE f
SET cancelled_sales_line_key = m.purchase_key
FROM dw.fact_sales AS f
JOIN candidates AS m ON m.cancellation_key = f.sales_line_key
WHERE m.preference = 1;
