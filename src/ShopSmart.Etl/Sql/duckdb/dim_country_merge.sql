-- New countries of the batch get the next keys.
INSERT INTO dw.dim_country (country_key, country_name)
SELECT
    (SELECT coalesce(max(country_key), 0) FROM dw.dim_country) + row_number() OVER (ORDER BY t.text_value),
    t.text_value
FROM stg.text_value AS t
WHERE t.batch_id = $batch_id
  AND t.text_id IN (SELECT country_text_id FROM stg.sales_line WHERE batch_id = $batch_id)
  AND t.text_id <> 0
  AND NOT EXISTS (SELECT 1 FROM dw.dim_country AS d WHERE d.country_name = t.text_value);
