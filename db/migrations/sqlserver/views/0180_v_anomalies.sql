-- Lines and days that stand out. Lines: the lines the ETL flagged is_quantity_outlier / is_price_outlier (duplicates
-- left out), with the robust z-score, median and MAD of the one outlier definition, dw.v_line_outlier (log10 scale;
-- median_value is shown back on the raw scale, 10^median of the logs; mad_value is the MAD of the log10 values).
-- Days: modified z-score |x - median| / (1.4826 * MAD) above 3.5 on daily clean-sale revenue over all days, on its
-- linear scale (roughly symmetric; median and MAD in GBP); when MAD = 0 the score falls back to
-- (x - median) / (1.253314 * mean absolute deviation).
CREATE OR ALTER VIEW mart.v_anomalies
AS
WITH line AS (
    SELECT
        N'quantity' AS anomaly_type,
        N'all clean lines' AS peer_group,
        1 AS is_log_scale,
        f.sales_line_key,
        f.date_key,
        f.invoice_no,
        f.stock_code_raw AS stock_code,
        CAST(f.quantity AS FLOAT) AS observed_value,
        POWER(CAST(10 AS FLOAT), o.quantity_median_log) AS median_value,
        o.quantity_mad_log AS mad_value,
        o.quantity_z AS robust_z
    FROM dw.fact_sales AS f
    JOIN dw.v_line_outlier AS o ON o.sales_line_key = f.sales_line_key
    WHERE f.is_quantity_outlier = 1 AND f.is_duplicate = 0
    UNION ALL
    SELECT
        N'unit_price',
        N'clean lines of the product',
        1,
        f.sales_line_key,
        f.date_key,
        f.invoice_no,
        f.stock_code_raw,
        CAST(f.unit_price AS FLOAT),
        POWER(CAST(10 AS FLOAT), o.price_median_log),
        o.price_mad_log,
        o.price_z
    FROM dw.fact_sales AS f
    JOIN dw.v_line_outlier AS o ON o.sales_line_key = f.sales_line_key
    WHERE f.is_price_outlier = 1 AND f.is_duplicate = 0
),
daily AS (
    SELECT r.date_key, CAST(SUM(r.line_revenue) AS FLOAT) AS revenue
    FROM dw.v_revenue_line AS r
    WHERE r.is_clean_sale = 1
    GROUP BY r.date_key
),
day_centre AS (
    SELECT DISTINCT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY revenue) OVER () AS median_revenue
    FROM daily
),
day_deviation AS (
    SELECT d.date_key, d.revenue, c.median_revenue, ABS(d.revenue - c.median_revenue) AS abs_dev
    FROM daily AS d
    CROSS JOIN day_centre AS c
),
day_spread AS (
    SELECT
        date_key,
        revenue,
        median_revenue,
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY abs_dev) OVER () AS mad_value,
        AVG(abs_dev) OVER () AS mean_abs_dev
    FROM day_deviation
),
day AS (
    SELECT
        N'daily_revenue' AS anomaly_type,
        N'all days with clean sales' AS peer_group,
        0 AS is_log_scale,
        CAST(NULL AS BIGINT) AS sales_line_key,
        date_key,
        CAST(NULL AS NVARCHAR(20)) AS invoice_no,
        CAST(NULL AS NVARCHAR(20)) AS stock_code,
        revenue AS observed_value,
        median_revenue AS median_value,
        mad_value,
        CASE
            WHEN mad_value > 0 THEN (revenue - median_revenue) / (1.4826 * mad_value)
            WHEN mean_abs_dev > 0 THEN (revenue - median_revenue) / (1.253314 * mean_abs_dev)
        END AS robust_z
    FROM day_spread
),
scored AS (
    SELECT anomaly_type, peer_group, is_log_scale, sales_line_key, date_key, invoice_no, stock_code, observed_value,
           median_value, mad_value, robust_z
    FROM line
    UNION ALL
    SELECT anomaly_type, peer_group, is_log_scale, sales_line_key, date_key, invoice_no, stock_code, observed_value,
           median_value, mad_value, robust_z
    FROM day
    WHERE ABS(robust_z) > 3.5
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
        + CASE
              WHEN is_log_scale = 1 THEN N' (|robust z| beyond the ETL''s outlier cut-off, on a log10 scale)'
              ELSE N' (|robust z| > 3.5)'
          END AS reason
FROM scored;
