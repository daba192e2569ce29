-- Lines and days that stand out: modified z-score |x - median| / (1.4826 * MAD) above 3.5 on line quantity (all clean
-- lines), on unit price (clean lines of the same product) and on daily clean-sale revenue (all days).
-- Quantity and unit price are right-skewed, so they are scored on LOG10 of the value (clean sales have quantity > 0 and
-- price > 0), as the ETL flags is_quantity_outlier / is_price_outlier (fact_insert.sql: modified z-score of log10
-- |quantity| and log10 price); median_value is shown back on the raw scale (10^median of the logs) and mad_value is
-- the MAD of the log10 values. Daily revenue is roughly symmetric and stays on its linear scale (median and MAD in GBP).
-- On the log scale the MAD used is at least 0.1 (a factor of 1.26): many products sell at one or two fixed prices, so
-- their MAD is 0 or tiny, and without a floor every other price — such as the guest price tier, about 2x — would
-- count as an anomaly. With the floor a price must be over ~3.3x (or under 1/3.3) its product's median to be listed.
-- For daily revenue, when MAD = 0 the score falls back to (x - median) / (1.253314 * mean absolute deviation).
-- The CASE inside LOG10 keeps a non-positive value from raising an error whatever order the optimiser evaluates in.
CREATE OR ALTER VIEW mart.v_anomalies
AS
WITH observation AS (
    SELECT
        N'quantity' AS anomaly_type,
        N'all clean lines' AS peer_group,
        0 AS peer_key,
        1 AS is_log_scale,
        f.sales_line_key,
        f.date_key,
        f.invoice_no,
        f.stock_code_raw AS stock_code,
        CAST(f.quantity AS FLOAT) AS observed_value,
        LOG10(CASE WHEN f.quantity > 0 THEN CAST(f.quantity AS FLOAT) END) AS scored_value
    FROM dw.fact_sales AS f
    WHERE f.is_clean_sale = 1
    UNION ALL
    SELECT
        N'unit_price',
        N'clean lines of the product',
        f.product_key,
        1,
        f.sales_line_key,
        f.date_key,
        f.invoice_no,
        f.stock_code_raw,
        CAST(f.unit_price AS FLOAT),
        LOG10(CASE WHEN f.unit_price > 0 THEN CAST(f.unit_price AS FLOAT) END)
    FROM dw.fact_sales AS f
    WHERE f.is_clean_sale = 1
    UNION ALL
    SELECT
        N'daily_revenue',
        N'all days with clean sales',
        0,
        0,
        NULL,
        f.date_key,
        NULL,
        NULL,
        CAST(SUM(f.line_revenue) AS FLOAT),
        CAST(SUM(f.line_revenue) AS FLOAT)
    FROM dw.fact_sales AS f
    WHERE f.is_clean_sale = 1
    GROUP BY f.date_key
),
centred AS (
    SELECT
        anomaly_type,
        peer_group,
        peer_key,
        is_log_scale,
        sales_line_key,
        date_key,
        invoice_no,
        stock_code,
        observed_value,
        scored_value,
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY scored_value)
            OVER (PARTITION BY anomaly_type, peer_key) AS median_scored
    FROM observation
),
deviation AS (
    SELECT
        anomaly_type,
        peer_group,
        peer_key,
        is_log_scale,
        sales_line_key,
        date_key,
        invoice_no,
        stock_code,
        observed_value,
        scored_value,
        median_scored,
        ABS(scored_value - median_scored) AS abs_dev
    FROM centred
),
spread AS (
    SELECT
        anomaly_type,
        peer_group,
        is_log_scale,
        sales_line_key,
        date_key,
        invoice_no,
        stock_code,
        observed_value,
        scored_value,
        median_scored,
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY abs_dev) OVER (PARTITION BY anomaly_type, peer_key) AS mad_value,
        AVG(abs_dev) OVER (PARTITION BY anomaly_type, peer_key) AS mean_abs_dev
    FROM deviation
),
scored AS (
    SELECT
        anomaly_type,
        peer_group,
        is_log_scale,
        sales_line_key,
        date_key,
        invoice_no,
        stock_code,
        observed_value,
        CASE WHEN is_log_scale = 1 THEN POWER(CAST(10 AS FLOAT), median_scored) ELSE median_scored END AS median_value,
        mad_value,
        CASE
            WHEN is_log_scale = 1
                THEN (scored_value - median_scored) / (1.4826 * CASE WHEN mad_value > 0.1 THEN mad_value ELSE 0.1 END)
            WHEN mad_value > 0 THEN (scored_value - median_scored) / (1.4826 * mad_value)
            WHEN mean_abs_dev > 0 THEN (scored_value - median_scored) / (1.253314 * mean_abs_dev)
        END AS robust_z
    FROM spread
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
    anomaly_type + CASE WHEN robust_z > 0 THEN N' far above' ELSE N' far below' END
        + N' the median of ' + peer_group
        + CASE WHEN is_log_scale = 1 THEN N' (|robust z| > 3.5 on a log10 scale)' ELSE N' (|robust z| > 3.5)' END AS reason
FROM scored
WHERE ABS(robust_z) > 3.5;
