-- The one definition of an outlier line, over everything loaded, so a line's flags do not depend on how the data was
-- split into files: the ETL sets dw.fact_sales.is_quantity_outlier / is_price_outlier from it after each load
-- (|robust z| above Etl:Cleaning:OutlierZScore, 3.5 by default), and mart.v_anomalies lists the flagged lines with it.
-- Robust z = (x - median) / (1.4826 * MAD), Iglewicz & Hoaglin's modified z-score, on a log10 scale because quantity
-- and price are right-skewed. The reference is the clean sales: quantity against all of them (x = log10 |quantity|,
-- so a cancellation is scored by its size), unit price against the clean sales of the same product (x = log10 price).
-- The MAD used is at least 0.1 (a factor of 1.26): many products sell at one or two fixed prices, so their MAD is 0 or
-- tiny, and without a floor every other price (such as the guest price tier, about 2x) would be an outlier; with it a
-- price must be over ~3.3x (or under 1/3.3) its product's median. Lines without a reference (quantity 0, no price,
-- a product with no clean sale) have no score.
-- The CASE inside LOG10 keeps a non-positive value from raising an error whatever order the optimiser evaluates in.
CREATE OR ALTER VIEW dw.v_line_outlier
AS
WITH reference AS (
    SELECT
        product_key,
        LOG10(CASE WHEN quantity > 0 THEN CAST(quantity AS FLOAT) END) AS log_quantity,
        LOG10(CASE WHEN unit_price > 0 THEN CAST(unit_price AS FLOAT) END) AS log_price
    FROM dw.fact_sales
    WHERE is_clean_sale = 1
),
quantity_centre AS (
    SELECT DISTINCT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY log_quantity) OVER () AS median_log
    FROM reference
),
quantity_spread AS (
    SELECT DISTINCT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY ABS(r.log_quantity - c.median_log)) OVER () AS mad_log
    FROM reference AS r
    CROSS JOIN quantity_centre AS c
),
price_centre AS (
    SELECT DISTINCT
        product_key,
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY log_price) OVER (PARTITION BY product_key) AS median_log
    FROM reference
),
price_spread AS (
    SELECT DISTINCT
        r.product_key,
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY ABS(r.log_price - c.median_log)) OVER (PARTITION BY r.product_key) AS mad_log
    FROM reference AS r
    JOIN price_centre AS c ON c.product_key = r.product_key
)
SELECT
    f.sales_line_key,
    qc.median_log AS quantity_median_log,
    qs.mad_log AS quantity_mad_log,
    (LOG10(CASE WHEN f.quantity <> 0 THEN ABS(CAST(f.quantity AS FLOAT)) END) - qc.median_log)
        / (1.4826 * CASE WHEN qs.mad_log > 0.1 THEN qs.mad_log ELSE 0.1 END) AS quantity_z,
    pc.median_log AS price_median_log,
    ps.mad_log AS price_mad_log,
    (LOG10(CASE WHEN f.unit_price > 0 THEN CAST(f.unit_price AS FLOAT) END) - pc.median_log)
        / (1.4826 * CASE WHEN ps.mad_log > 0.1 THEN ps.mad_log ELSE 0.1 END) AS price_z
FROM dw.fact_sales AS f
LEFT JOIN quantity_centre AS qc ON 1 = 1
LEFT JOIN quantity_spread AS qs ON 1 = 1
LEFT JOIN price_centre AS pc ON pc.product_key = f.product_key
LEFT JOIN price_spread AS ps ON ps.product_key = f.product_key;
