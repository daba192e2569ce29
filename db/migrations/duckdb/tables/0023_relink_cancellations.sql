-- Once, for warehouses loaded before cancellation links stopped depending on the load order: every cancellation is
-- linked again by the rule of src/ShopSmart.Etl/Sql/duckdb/fact_link_cancellations.sql (the one home of the rule;
-- this is that rule applied once to everything already loaded): the latest earlier purchase of the same customer and
-- product with at least the cancelled quantity that is not a duplicate copy, ties broken by the purchase's values.
-- Then every batch's CANCELLATION_LINKED count follows its facts.
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
) AS m
WHERE m.preference = 1
  AND f.sales_line_key = m.cancellation_key
  AND f.cancelled_sales_line_key IS DISTINCT FROM m.purchase_key;

-- Links left to a duplicate copy, or to a line no longer there (an earlier version's --force deleted the purchase
-- a later batch's cancellation pointed at), when no other purchase can take them.
UPDATE dw.fact_sales
SET cancelled_sales_line_key = NULL
WHERE cancelled_sales_line_key IN (SELECT sales_line_key FROM dw.fact_sales WHERE is_duplicate)
   OR cancelled_sales_line_key NOT IN (SELECT sales_line_key FROM dw.fact_sales);

UPDATE etl.batch_rule_count AS r
SET rows_matched = c.linked
FROM (
    SELECT batch_id, count(*) FILTER (WHERE cancelled_sales_line_key IS NOT NULL) AS linked
    FROM dw.fact_sales
    GROUP BY batch_id
) AS c
WHERE r.batch_id = c.batch_id
  AND r.rule_code = 'CANCELLATION_LINKED'
  AND r.rows_matched <> c.linked;
