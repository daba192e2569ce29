-- New customers of the batch get the next keys; their attributes are set by dim_customer_refresh.
INSERT INTO dw.dim_customer (customer_key, customer_id, country_key, countries_count, is_unknown)
SELECT
    (SELECT coalesce(max(customer_key), 0) FROM dw.dim_customer) + row_number() OVER (ORDER BY t.text_value),
    t.text_value,
    0,
    0,
    false
FROM stg.text_value AS t
WHERE t.batch_id = $batch_id
  AND t.text_id IN (SELECT customer_text_id FROM stg.sales_line WHERE batch_id = $batch_id)
  AND t.text_id <> 0
  AND NOT EXISTS (SELECT 1 FROM dw.dim_customer AS d WHERE d.customer_id = t.text_value);
