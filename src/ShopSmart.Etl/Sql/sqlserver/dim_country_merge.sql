-- New countries of the batch get the next keys.
INSERT INTO dw.dim_country (country_key, country_name)
SELECT
    (SELECT ISNULL(MAX(country_key), 0) FROM dw.dim_country) + ROW_NUMBER() OVER (ORDER BY s.country),
    s.country
FROM (SELECT DISTINCT country FROM stg.sales_line WHERE batch_id = @batch_id AND country IS NOT NULL) AS s
WHERE NOT EXISTS (SELECT 1 FROM dw.dim_country AS d WHERE d.country_name = s.country);
