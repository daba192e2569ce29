-- The outlier flags of every loaded line, from the one definition (dw.v_line_outlier) over everything loaded: a line
-- is flagged the same whatever files the data came in. Only lines whose flags change are written.
WITH scored AS (
    SELECT
        sales_line_key,
        CAST(CASE WHEN ABS(quantity_z) > @outlier_z THEN 1 ELSE 0 END AS BIT) AS is_quantity_outlier,
        CAST(CASE WHEN ABS(price_z) > @outlier_z THEN 1 ELSE 0 END AS BIT) AS is_price_outlier
    FROM dw.v_line_outlier
)
UPDATE f
SET is_quantity_outlier = o.is_quantity_outlier,
    is_price_outlier = o.is_price_outlier
FROM dw.fact_sales AS f
JOIN scored AS o ON o.sales_line_key = f.sales_line_key
WHERE f.is_quantity_outlier <> o.is_quantity_outlier
   OR f.is_price_outlier <> o.is_price_outlier;
