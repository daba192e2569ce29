-- New customers of the batch get the next keys; their attributes are set by dim_customer_refresh.
INSERT INTO dw.dim_customer (customer_key, customer_id, country_key, countries_count, is_unknown)
SELECT
    (SELECT ISNULL(MAX(customer_key), 0) FROM dw.dim_customer) + ROW_NUMBER() OVER (ORDER BY s.customer_id),
    s.customer_id,
    0,
    0,
    0
FROM (SELECT DISTINCT customer_id FROM stg.sales_line WHERE batch_id = @batch_id AND customer_id IS NOT NULL) AS s
WHERE NOT EXISTS (SELECT 1 FROM dw.dim_customer AS d WHERE d.customer_id = s.customer_id);
