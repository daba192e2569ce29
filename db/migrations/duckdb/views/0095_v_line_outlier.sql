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
-- The medians are read off the running count of each distinct value (dw.quantile_from_counts) instead of sorting
-- every line (10 M lines: a pass over the view 3.2 -> 1.2 s), the same to the last bit as median().
-- Quantity (one reference, product_key NULL) and price (one per product) go through the same two steps: the median of
-- the values, then the median of their distances to it.
CREATE OR REPLACE VIEW dw.v_line_outlier AS
WITH counted AS (
    SELECT 'quantity' AS measure, CAST(NULL AS INTEGER) AS product_key, log10(quantity) AS x, count(*) AS n
    FROM dw.fact_sales
    WHERE is_clean_sale
    GROUP BY quantity
    UNION ALL
    SELECT 'price', product_key, log10(unit_price), count(*)
    FROM dw.fact_sales
    WHERE is_clean_sale
    GROUP BY product_key, unit_price
),
centre AS (
    SELECT
        measure,
        product_key,
        dw.quantile_from_counts(x, below, (total - 1) / 2) AS median_log
    FROM (
        SELECT
            measure,
            product_key,
            x,
            sum(n) OVER (PARTITION BY measure, product_key ORDER BY x ROWS UNBOUNDED PRECEDING) AS below,
            sum(n) OVER (PARTITION BY measure, product_key) AS total
        FROM counted
    )
    GROUP BY measure, product_key
),
distance AS (
    SELECT v.measure, v.product_key, abs(v.x - c.median_log) AS x, sum(v.n) AS n
    FROM counted AS v
    JOIN centre AS c ON c.measure = v.measure AND c.product_key IS NOT DISTINCT FROM v.product_key
    GROUP BY 1, 2, 3
),
spread AS (
    SELECT
        d.measure,
        d.product_key,
        c.median_log,
        dw.quantile_from_counts(d.x, d.below, (d.total - 1) / 2) AS mad_log
    FROM (
        SELECT
            measure,
            product_key,
            x,
            sum(n) OVER (PARTITION BY measure, product_key ORDER BY x ROWS UNBOUNDED PRECEDING) AS below,
            sum(n) OVER (PARTITION BY measure, product_key) AS total
        FROM distance
    ) AS d
    JOIN centre AS c ON c.measure = d.measure AND c.product_key IS NOT DISTINCT FROM d.product_key
    GROUP BY d.measure, d.product_key, c.median_log
),
quantity AS (
    SELECT median_log, mad_log FROM spread WHERE measure = 'quantity'
),
price AS (
    SELECT product_key, median_log, mad_log FROM spread WHERE measure = 'price'
)
SELECT
    f.sales_line_key,
    q.median_log AS quantity_median_log,
    q.mad_log AS quantity_mad_log,
    (log10(CASE WHEN f.quantity <> 0 THEN abs(f.quantity) END) - q.median_log) / (1.4826 * greatest(q.mad_log, 0.1)) AS quantity_z,
    p.median_log AS price_median_log,
    p.mad_log AS price_mad_log,
    (log10(CASE WHEN f.unit_price > 0 THEN f.unit_price END) - p.median_log) / (1.4826 * greatest(p.mad_log, 0.1)) AS price_z
FROM dw.fact_sales AS f
LEFT JOIN quantity AS q ON true
LEFT JOIN price AS p ON p.product_key = f.product_key;
