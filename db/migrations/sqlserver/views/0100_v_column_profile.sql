-- Profile of each source column over the loaded lines (duplicates excluded): type, nulls, distinct values and, for numeric columns, summary statistics.
CREATE OR ALTER VIEW mart.v_column_profile
AS
WITH src AS (
    SELECT
        f.invoice_no,
        f.stock_code_raw,
        NULLIF(TRIM(f.description_raw), N'') AS description,
        f.quantity,
        f.invoice_at,
        CAST(f.unit_price AS FLOAT) AS unit_price,
        CASE WHEN c.is_unknown = 1 OR c.customer_key IS NULL THEN NULL ELSE c.customer_id END AS customer_id,
        CASE WHEN f.country_key = 0 THEN NULL ELSE k.country_name END AS country
    FROM dw.fact_sales AS f
    LEFT JOIN dw.dim_customer AS c ON c.customer_key = f.customer_key
    LEFT JOIN dw.dim_country AS k ON k.country_key = f.country_key
    WHERE f.is_duplicate = 0
),
numeric_src AS (
    SELECT
        quantity,
        unit_price,
        PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY quantity) OVER () AS quantity_p25,
        PERCENTILE_CONT(0.50) WITHIN GROUP (ORDER BY quantity) OVER () AS quantity_p50,
        PERCENTILE_CONT(0.75) WITHIN GROUP (ORDER BY quantity) OVER () AS quantity_p75,
        PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY unit_price) OVER () AS unit_price_p25,
        PERCENTILE_CONT(0.50) WITHIN GROUP (ORDER BY unit_price) OVER () AS unit_price_p50,
        PERCENTILE_CONT(0.75) WITHIN GROUP (ORDER BY unit_price) OVER () AS unit_price_p75
    FROM src
),
profile AS (
    SELECT
        1 AS column_position, 'invoice_no' AS column_name, 'text' AS data_type,
        COUNT_BIG(*) AS row_count, COUNT_BIG(*) - COUNT_BIG(invoice_no) AS null_count,
        COUNT_BIG(DISTINCT invoice_no) AS distinct_count,
        CAST(NULL AS FLOAT) AS min_value, CAST(NULL AS FLOAT) AS max_value, CAST(NULL AS FLOAT) AS mean_value,
        CAST(NULL AS FLOAT) AS std_dev, CAST(NULL AS FLOAT) AS p25, CAST(NULL AS FLOAT) AS p50, CAST(NULL AS FLOAT) AS p75
    FROM src
    UNION ALL
    SELECT
        2, 'stock_code', 'text',
        COUNT_BIG(*), COUNT_BIG(*) - COUNT_BIG(stock_code_raw), COUNT_BIG(DISTINCT stock_code_raw),
        NULL, NULL, NULL, NULL, NULL, NULL, NULL
    FROM src
    UNION ALL
    SELECT
        3, 'description', 'text',
        COUNT_BIG(*), COUNT_BIG(*) - COUNT_BIG(description), COUNT_BIG(DISTINCT description),
        NULL, NULL, NULL, NULL, NULL, NULL, NULL
    FROM src
    UNION ALL
    SELECT
        4, 'quantity', 'integer',
        COUNT_BIG(*), COUNT_BIG(*) - COUNT_BIG(quantity), COUNT_BIG(DISTINCT quantity),
        MIN(quantity), MAX(quantity), AVG(CAST(quantity AS FLOAT)), STDEV(quantity),
        MAX(quantity_p25), MAX(quantity_p50), MAX(quantity_p75)
    FROM numeric_src
    UNION ALL
    SELECT
        5, 'invoice_date', 'timestamp',
        COUNT_BIG(*), COUNT_BIG(*) - COUNT_BIG(invoice_at), COUNT_BIG(DISTINCT invoice_at),
        NULL, NULL, NULL, NULL, NULL, NULL, NULL
    FROM src
    UNION ALL
    SELECT
        6, 'unit_price', 'decimal',
        COUNT_BIG(*), COUNT_BIG(*) - COUNT_BIG(unit_price), COUNT_BIG(DISTINCT unit_price),
        MIN(unit_price), MAX(unit_price), AVG(unit_price), STDEV(unit_price),
        MAX(unit_price_p25), MAX(unit_price_p50), MAX(unit_price_p75)
    FROM numeric_src
    UNION ALL
    SELECT
        7, 'customer_id', 'text',
        COUNT_BIG(*), COUNT_BIG(*) - COUNT_BIG(customer_id), COUNT_BIG(DISTINCT customer_id),
        NULL, NULL, NULL, NULL, NULL, NULL, NULL
    FROM src
    UNION ALL
    SELECT
        8, 'country', 'text',
        COUNT_BIG(*), COUNT_BIG(*) - COUNT_BIG(country), COUNT_BIG(DISTINCT country),
        NULL, NULL, NULL, NULL, NULL, NULL, NULL
    FROM src
)
SELECT
    column_position,
    column_name,
    data_type,
    row_count,
    null_count,
    100.0 * null_count / NULLIF(row_count, 0) AS null_pct,
    distinct_count,
    min_value,
    max_value,
    mean_value,
    std_dev,
    p25,
    p50,
    p75
FROM profile;
