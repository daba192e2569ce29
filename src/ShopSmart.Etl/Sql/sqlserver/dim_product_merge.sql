-- New stock codes of the batch get the next keys, with the class and non-product flag (LineFlags bit 8) the row rules
-- gave them.
WITH code AS (
    SELECT DISTINCT stock_code_text_id, product_class_text_id, CAST(flags & 8 AS BIT) AS is_non_product
    FROM stg.sales_line
    WHERE batch_id = @batch_id
)
INSERT INTO dw.dim_product (product_key, stock_code, description, description_variants, product_class, is_non_product)
SELECT
    (SELECT ISNULL(MAX(product_key), 0) FROM dw.dim_product) + ROW_NUMBER() OVER (ORDER BY s.text_value),
    s.text_value,
    NULL,
    0,
    k.text_value,
    c.is_non_product
FROM code AS c
JOIN stg.text_value AS s ON s.batch_id = @batch_id AND s.text_id = c.stock_code_text_id
JOIN stg.text_value AS k ON k.batch_id = @batch_id AND k.text_id = c.product_class_text_id
WHERE NOT EXISTS (SELECT 1 FROM dw.dim_product AS d WHERE d.stock_code = s.text_value);
