-- Lines and days that stand out. Lines: the lines the ETL flagged is_quantity_outlier / is_price_outlier (duplicates
-- left out), with the robust z-score, median and MAD of the one outlier definition, dw.v_line_outlier (log10 scale;
-- median_value is shown back on the raw scale, 10^median of the logs; mad_value is the MAD of the log10 values).
-- Days: modified z-score |x - median| / (1.4826 * MAD) above 3.5 on daily clean-sale revenue over all days, on its
-- linear scale (roughly symmetric; median and MAD in GBP); when MAD = 0 the score falls back to
-- (x - median) / (1.253314 * mean absolute deviation).
CREATE OR REPLACE VIEW mart.v_anomalies AS
WITH flagged AS (
    -- The outlier view scores every line; join it once for the lines flagged either way.
    SELECT
        f.sales_line_key,
        f.date_key,
        f.invoice_no,
        f.stock_code_raw,
        f.quantity,
        f.unit_price,
        f.is_quantity_outlier,
        f.is_price_outlier,
        o.quantity_median_log,
        o.quantity_mad_log,
        o.quantity_z,
        o.price_median_log,
        o.price_mad_log,
        o.price_z
    FROM dw.fact_sales AS f
    JOIN dw.v_line_outlier AS o ON o.sales_line_key = f.sales_line_key
    WHERE (f.is_quantity_outlier OR f.is_price_outlier) AND NOT f.is_duplicate
),
line AS (
    SELECT
        'quantity' AS anomaly_type,
        'all clean lines' AS peer_group,
        true AS is_log_scale,
        sales_line_key,
        date_key,
        invoice_no,
        stock_code_raw AS stock_code,
        CAST(quantity AS DOUBLE) AS observed_value,
        pow(10.0, quantity_median_log) AS median_value,
        quantity_mad_log AS mad_value,
        quantity_z AS robust_z
    FROM flagged
    WHERE is_quantity_outlier
    UNION ALL
    SELECT
        'unit_price',
        'clean lines of the product',
        true,
        sales_line_key,
        date_key,
        invoice_no,
        stock_code_raw,
        CAST(unit_price AS DOUBLE),
        pow(10.0, price_median_log),
        price_mad_log,
        price_z
    FROM flagged
    WHERE is_price_outlier
),
daily AS (
    SELECT r.date_key, CAST(sum(r.line_revenue) AS DOUBLE) AS revenue
    FROM dw.v_revenue_line AS r
    WHERE r.is_clean_sale
    GROUP BY r.date_key
),
day_centre AS (
    SELECT median(revenue) AS median_revenue FROM daily
),
day_spread AS (
    SELECT
        median(abs(d.revenue - c.median_revenue)) AS mad_value,
        avg(abs(d.revenue - c.median_revenue)) AS mean_abs_dev
    FROM daily AS d
    CROSS JOIN day_centre AS c
),
day AS (
    SELECT
        'daily_revenue' AS anomaly_type,
        'all days with clean sales' AS peer_group,
        false AS is_log_scale,
        CAST(NULL AS BIGINT) AS sales_line_key,
        d.date_key,
        CAST(NULL AS VARCHAR) AS invoice_no,
        CAST(NULL AS VARCHAR) AS stock_code,
        d.revenue AS observed_value,
        c.median_revenue AS median_value,
        s.mad_value,
        CASE
            WHEN s.mad_value > 0 THEN (d.revenue - c.median_revenue) / (1.4826 * s.mad_value)
            WHEN s.mean_abs_dev > 0 THEN (d.revenue - c.median_revenue) / (1.253314 * s.mean_abs_dev)
        END AS robust_z
    FROM daily AS d
    CROSS JOIN day_centre AS c
    CROSS JOIN day_spread AS s
),
scored AS (
    SELECT * FROM line
    UNION ALL
    SELECT * FROM day WHERE abs(robust_z) > 3.5
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
        || CASE
               WHEN is_log_scale THEN ' (|robust z| beyond the ETL''s outlier cut-off, on a log10 scale)'
               ELSE ' (|robust z| > 3.5)'
           END AS reason
FROM scored;
