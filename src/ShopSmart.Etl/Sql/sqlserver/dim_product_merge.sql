-- New stock codes of the batch get the next keys, with the class the row rules gave them.
INSERT INTO dw.dim_product (product_key, stock_code, description, description_variants, product_class, is_non_product)
SELECT
    (SELECT ISNULL(MAX(product_key), 0) FROM dw.dim_product) + ROW_NUMBER() OVER (ORDER BY s.stock_code),
    s.stock_code,
    NULL,
    0,
    s.product_class,
    CASE WHEN s.product_class <> N'PRODUCT' THEN 1 ELSE 0 END
FROM (
    SELECT stock_code, MAX(product_class) AS product_class
    FROM stg.sales_line
    WHERE batch_id = @batch_id
    GROUP BY stock_code
) AS s
WHERE NOT EXISTS (SELECT 1 FROM dw.dim_product AS d WHERE d.stock_code = s.stock_code);
