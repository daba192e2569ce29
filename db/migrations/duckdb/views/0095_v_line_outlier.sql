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
CREATE OR REPLACE VIEW dw.v_line_outlier AS
WITH reference AS (
    SELECT product_key, log10(quantity) AS log_quantity, log10(unit_price) AS log_price
    FROM dw.fact_sales
    WHERE is_clean_sale
),
quantity_centre AS (
    SELECT median(log_quantity) AS median_log FROM reference
),
quantity_spread AS (
    SELECT median(abs(r.log_quantity - c.median_log)) AS mad_log
    FROM reference AS r
    CROSS JOIN quantity_centre AS c
),
price_centre AS (
    SELECT product_key, median(log_price) AS median_log
    FROM reference
    GROUP BY product_key
),
price_spread AS (
    SELECT r.product_key, median(abs(r.log_price - c.median_log)) AS mad_log
    FROM reference AS r
    JOIN price_centre AS c ON c.product_key = r.product_key
    GROUP BY r.product_key
)
SELECT
    f.sales_line_key,
    qc.median_log AS quantity_median_log,
    qs.mad_log AS quantity_mad_log,
    (log10(CASE WHEN f.quantity <> 0 THEN abs(f.quantity) END) - qc.median_log) / (1.4826 * greatest(qs.mad_log, 0.1)) AS quantity_z,
    pc.median_log AS price_median_log,
    ps.mad_log AS price_mad_log,
    (log10(CASE WHEN f.unit_price > 0 THEN f.unit_price END) - pc.median_log) / (1.4826 * greatest(ps.mad_log, 0.1)) AS price_z
FROM dw.fact_sales AS f
CROSS JOIN quantity_centre AS qc
CROSS JOIN quantity_spread AS qs
LEFT JOIN price_centre AS pc ON pc.product_key = f.product_key
LEFT JOIN price_spread AS ps ON ps.product_key = f.product_key;
