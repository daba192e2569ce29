-- The outlier flags of every loaded line, from the one definition (dw.v_line_outlier) over everything loaded: a line
-- is flagged the same whatever files the data came in. Only lines whose flags change are written.
UPDATE dw.fact_sales AS f
SET is_quantity_outlier = o.is_quantity_outlier,
    is_price_outlier = o.is_price_outlier
FROM (
    SELECT
        sales_line_key,
        coalesce(abs(quantity_z) > $outlier_z, false) AS is_quantity_outlier,
        coalesce(abs(price_z) > $outlier_z, false) AS is_price_outlier
    FROM dw.v_line_outlier
) AS o
WHERE f.sales_line_key = o.sales_line_key
  AND (f.is_quantity_outlier <> o.is_quantity_outlier OR f.is_price_outlier <> o.is_price_outlier);
