-- Lines and days that stand out: robust z-score (median and MAD) above 3.5 on line quantity, on unit price within its product, and on daily clean-sale revenue.
CREATE OR REPLACE VIEW mart.v_anomalies AS
WITH observation AS (
    SELECT
        'quantity' AS anomaly_type,
        'all clean lines' AS peer_group,
        0 AS peer_key,
        f.sales_line_key,
        f.date_key,
        f.invoice_no,
        f.stock_code_raw AS stock_code,
        CAST(f.quantity AS DOUBLE) AS observed_value
    FROM dw.fact_sales AS f
    WHERE f.is_clean_sale
    UNION ALL
    SELECT
        'unit_price',
        'clean lines of the product',
        f.product_key,
        f.sales_line_key,
        f.date_key,
        f.invoice_no,
        f.stock_code_raw,
        CAST(f.unit_price AS DOUBLE)
    FROM dw.fact_sales AS f
    WHERE f.is_clean_sale
    UNION ALL
    SELECT
        'daily_revenue',
        'all days with clean sales',
        0,
        NULL,
        f.date_key,
        NULL,
        NULL,
        CAST(sum(f.line_revenue) AS DOUBLE)
    FROM dw.fact_sales AS f
    WHERE f.is_clean_sale
    GROUP BY f.date_key
),
centre AS (
    SELECT anomaly_type, peer_key, median(observed_value) AS median_value
    FROM observation
    GROUP BY anomaly_type, peer_key
),
spread AS (
    SELECT
        o.anomaly_type,
        o.peer_key,
        median(abs(o.observed_value - c.median_value)) AS mad_value,
        avg(abs(o.observed_value - c.median_value)) AS mean_abs_dev
    FROM observation AS o
    JOIN centre AS c ON c.anomaly_type = o.anomaly_type AND c.peer_key = o.peer_key
    GROUP BY o.anomaly_type, o.peer_key
),
scored AS (
    SELECT
        o.*,
        c.median_value,
        s.mad_value,
        CASE
            WHEN s.mad_value > 0 THEN (o.observed_value - c.median_value) / (1.4826 * s.mad_value)
            WHEN s.mean_abs_dev > 0 THEN (o.observed_value - c.median_value) / (1.253314 * s.mean_abs_dev)
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
        || ' the median of ' || peer_group || ' (|robust z| > 3.5)' AS reason
FROM scored
WHERE abs(robust_z) > 3.5;
