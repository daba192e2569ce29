-- Lines and days that stand out: robust z-score (median and MAD) above 3.5 on line quantity, on unit price within its product, and on daily clean-sale revenue.
CREATE OR ALTER VIEW mart.v_anomalies
AS
WITH observation AS (
    SELECT
        N'quantity' AS anomaly_type,
        N'all clean lines' AS peer_group,
        0 AS peer_key,
        f.sales_line_key,
        f.date_key,
        f.invoice_no,
        f.stock_code_raw AS stock_code,
        CAST(f.quantity AS FLOAT) AS observed_value
    FROM dw.fact_sales AS f
    WHERE f.is_clean_sale = 1
    UNION ALL
    SELECT
        N'unit_price',
        N'clean lines of the product',
        f.product_key,
        f.sales_line_key,
        f.date_key,
        f.invoice_no,
        f.stock_code_raw,
        CAST(f.unit_price AS FLOAT)
    FROM dw.fact_sales AS f
    WHERE f.is_clean_sale = 1
    UNION ALL
    SELECT
        N'daily_revenue',
        N'all days with clean sales',
        0,
        NULL,
        f.date_key,
        NULL,
        NULL,
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
        sales_line_key,
        date_key,
        invoice_no,
        stock_code,
        observed_value,
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY observed_value)
            OVER (PARTITION BY anomaly_type, peer_key) AS median_value
    FROM observation
),
deviation AS (
    SELECT
        anomaly_type,
        peer_group,
        peer_key,
        sales_line_key,
        date_key,
        invoice_no,
        stock_code,
        observed_value,
        median_value,
        ABS(observed_value - median_value) AS abs_dev
    FROM centred
),
spread AS (
    SELECT
        anomaly_type,
        peer_group,
        sales_line_key,
        date_key,
        invoice_no,
        stock_code,
        observed_value,
        median_value,
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY abs_dev) OVER (PARTITION BY anomaly_type, peer_key) AS mad_value,
        AVG(abs_dev) OVER (PARTITION BY anomaly_type, peer_key) AS mean_abs_dev
    FROM deviation
),
scored AS (
    SELECT
        anomaly_type,
        peer_group,
        sales_line_key,
        date_key,
        invoice_no,
        stock_code,
        observed_value,
        median_value,
        mad_value,
        CASE
            WHEN mad_value > 0 THEN (observed_value - median_value) / (1.4826 * mad_value)
            WHEN mean_abs_dev > 0 THEN (observed_value - median_value) / (1.253314 * mean_abs_dev)
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
        + N' the median of ' + peer_group + N' (|robust z| > 3.5)' AS reason
FROM scored
WHERE ABS(robust_z) > 3.5;
