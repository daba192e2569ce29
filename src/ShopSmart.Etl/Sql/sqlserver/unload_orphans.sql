-- unload: dimension members no remaining line refers to (the unknown members, key 0, stay).
DELETE FROM dw.dim_product_description WHERE product_key NOT IN (SELECT DISTINCT product_key FROM dw.fact_sales);
DELETE FROM dw.dim_product WHERE product_key NOT IN (SELECT DISTINCT product_key FROM dw.fact_sales);
DELETE FROM dw.dim_customer WHERE customer_key <> 0 AND customer_key NOT IN (SELECT DISTINCT customer_key FROM dw.fact_sales);
DELETE FROM dw.dim_country
WHERE country_key <> 0
  AND country_key NOT IN (SELECT DISTINCT country_key FROM dw.fact_sales)
  AND country_key NOT IN (SELECT DISTINCT country_key FROM dw.dim_customer);
