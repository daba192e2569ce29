-- Each cancellation points to the latest earlier purchase line it can reverse: same customer and product, purchased
-- quantity at least the cancelled quantity, not a duplicate (a copy is not a purchase; every view leaves it out).
-- A batch links its own cancellations and links again the earlier batches' cancellations of the customer and product
-- pairs it bought: a purchase that arrives in a later file may be the one they reverse, so the links are the same
-- whatever order the files are loaded in. The batches are a range: a load passes its own, an unload the range of the
-- batches that depended on the removed one (the rule gives the same links for a batch whether or not it is in range).
-- Ties (two such purchases in the same minute) are broken by the purchase's own values, never by its batch or its
-- surrogate key, which depend on how and in which order the data was loaded. Only changed links are written.
UPDATE dw.fact_sales AS f
SET cancelled_sales_line_key = m.purchase_key
FROM (
    SELECT
        c.sales_line_key AS cancellation_key,
        p.sales_line_key AS purchase_key,
        row_number() OVER (
            PARTITION BY c.sales_line_key
            ORDER BY p.invoice_at DESC, p.invoice_no DESC, p.quantity DESC, p.unit_price DESC, p.source_row_number DESC
        ) AS preference
    FROM dw.fact_sales AS c
    JOIN dw.fact_sales AS p
        ON p.customer_key = c.customer_key
       AND p.product_key = c.product_key
       AND p.invoice_at < c.invoice_at
       AND p.quantity >= -c.quantity
       AND p.quantity > 0
       AND NOT p.is_cancellation
       AND NOT p.is_duplicate
    WHERE c.is_cancellation
      AND c.quantity < 0
      AND c.customer_key <> 0
      AND (
          c.batch_id BETWEEN $first_batch AND $last_batch
          OR (c.customer_key, c.product_key) IN (
              SELECT customer_key, product_key
              FROM dw.fact_sales
              WHERE batch_id BETWEEN $first_batch AND $last_batch AND NOT is_cancellation AND customer_key <> 0
          )
      )
) AS m
WHERE m.preference = 1
  AND f.sales_line_key = m.cancellation_key
  AND f.cancelled_sales_line_key IS DISTINCT FROM m.purchase_key;
