-- Lines and days that stand out: modified z-score |x - median| / (1.4826 * MAD) above 3.5 on line quantity (all clean
-- lines), on unit price (clean lines of the same product) and on daily clean-sale revenue (all days).
-- Quantity and unit price are right-skewed, so they are scored on log10 of the value (clean sales have quantity > 0 and
-- price > 0), as the ETL flags is_quantity_outlier / is_price_outlier (fact_insert.sql: modified z-score of log10
-- |quantity| and log10 price); median_value is shown back on the raw scale (10^median of the logs) and mad_value is
-- the MAD of the log10 values. Daily revenue is roughly symmetric and stays on its linear scale (median and MAD in GBP).
-- On the log scale the MAD used is at least 0.1 (a factor of 1.26): many products sell at one or two fixed prices, so
-- their MAD is 0 or tiny, and without a floor every other price — such as the guest price tier, about 2x — would
-- count as an anomaly. With the floor a price must be over ~3.3x (or under 1/3.3) its product's median to be listed.
-- For daily revenue, when MAD = 0 the score falls back to (x - median) / (1.253314 * mean absolute deviation).
CREATE OR REPLACE VIEW mart.v_anomalies AS
WITH observation AS (
    SELECT
        'quantity' AS anomaly_type,
        'all clean lines' AS peer_group,
        0 AS peer_key,
        true AS is_log_scale,
        f.sales_line_key,
        f.date_key,
        f.invoice_no,
        f.stock_code_raw AS stock_code,
        CAST(f.quantity AS DOUBLE) AS observed_value,
        log10(CASE WHEN f.quantity > 0 THEN CAST(f.quantity AS DOUBLE) END) AS scored_value
    FROM dw.fact_sales AS f
    WHERE f.is_clean_sale
    UNION ALL
    SELECT
        'unit_price',
        'clean lines of the product',
        f.product_key,
        true,
        f.sales_line_key,
        f.date_key,
        f.invoice_no,
        f.stock_code_raw,
        CAST(f.unit_price AS DOUBLE),
        log10(CASE WHEN f.unit_price > 0 THEN CAST(f.unit_price AS DOUBLE) END)
    FROM dw.fact_sales AS f
    WHERE f.is_clean_sale
    UNION ALL
    SELECT
        'daily_revenue',
        'all days with clean sales',
        0,
        false,
        NULL,
        f.date_key,
        NULL,
        NULL,
        CAST(sum(f.line_revenue) AS DOUBLE),
        CAST(sum(f.line_revenue) AS DOUBLE)
    FROM dw.fact_sales AS f
    WHERE f.is_clean_sale
    GROUP BY f.date_key
),
centre AS (
    SELECT anomaly_type, peer_key, median(scored_value) AS median_scored
    FROM observation
    GROUP BY anomaly_type, peer_key
),
spread AS (
    SELECT
        o.anomaly_type,
        o.peer_key,
        median(abs(o.scored_value - c.median_scored)) AS mad_value,
        avg(abs(o.scored_value - c.median_scored)) AS mean_abs_dev
    FROM observation AS o
    JOIN centre AS c ON c.anomaly_type = o.anomaly_type AND c.peer_key = o.peer_key
    GROUP BY o.anomaly_type, o.peer_key
),
scored AS (
    SELECT
        o.*,
        CASE WHEN o.is_log_scale THEN pow(10.0, c.median_scored) ELSE c.median_scored END AS median_value,
        s.mad_value,
        CASE
            WHEN o.is_log_scale THEN (o.scored_value - c.median_scored) / (1.4826 * greatest(s.mad_value, 0.1))
            WHEN s.mad_value > 0 THEN (o.scored_value - c.median_scored) / (1.4826 * s.mad_value)
            WHEN s.mean_abs_dev > 0 THEN (o.scored_value - c.median_scored) / (1.253314 * s.mean_abs_dev)
        END AS robust_z
    FROM observation AS o
    JOIN centre AS c ON c.anomaly_type = o.anomaly_type AND c.peer_key = o.peer_key
    JOIN spread AS s ON s.anomaly_type = o.anomaly_type AND s.peer_key = o.peer_key
)
SELECT
    anomaly_type,
    sales_line_key,
    date_key,
    invoice_no,
    stock_code,
    observed_value,
    median_value,
    mad_value,
    robust_z,
    anomaly_type || CASE WHEN robust_z > 0 THEN ' far above' ELSE ' far below' END
        || ' the median of ' || peer_group
        || CASE WHEN is_log_scale THEN ' (|robust z| > 3.5 on a log10 scale)' ELSE ' (|robust z| > 3.5)' END AS reason
FROM scored
WHERE abs(robust_z) > 3.5;
