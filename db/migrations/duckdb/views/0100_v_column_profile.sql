-- Profile of each source column over the loaded lines (duplicates excluded): type, nulls, distinct values and, for numeric columns, summary statistics.
CREATE OR REPLACE VIEW mart.v_column_profile AS
WITH src AS (
    SELECT
        f.invoice_no,
        f.stock_code_raw,
        NULLIF(TRIM(f.description_raw), '') AS description,
        f.quantity,
        f.invoice_at,
        CAST(f.unit_price AS DOUBLE) AS unit_price,
        CASE WHEN c.is_unknown OR c.customer_key IS NULL THEN NULL ELSE c.customer_id END AS customer_id,
        CASE WHEN f.country_key = 0 THEN NULL ELSE k.country_name END AS country
    FROM dw.fact_sales AS f
    LEFT JOIN dw.dim_customer AS c ON c.customer_key = f.customer_key
    LEFT JOIN dw.dim_country AS k ON k.country_key = f.country_key
    WHERE NOT f.is_duplicate
),
profile AS (
    SELECT
        1 AS column_position, 'invoice_no' AS column_name, 'text' AS data_type,
        count(*) AS row_count, count(*) - count(invoice_no) AS null_count, count(DISTINCT invoice_no) AS distinct_count,
        CAST(NULL AS DOUBLE) AS min_value, CAST(NULL AS DOUBLE) AS max_value, CAST(NULL AS DOUBLE) AS mean_value,
        CAST(NULL AS DOUBLE) AS std_dev, CAST(NULL AS DOUBLE) AS p25, CAST(NULL AS DOUBLE) AS p50, CAST(NULL AS DOUBLE) AS p75
    FROM src
    UNION ALL
    SELECT
        2, 'stock_code', 'text',
        count(*), count(*) - count(stock_code_raw), count(DISTINCT stock_code_raw),
        NULL, NULL, NULL, NULL, NULL, NULL, NULL
    FROM src
    UNION ALL
    SELECT
        3, 'description', 'text',
        count(*), count(*) - count(description), count(DISTINCT description),
        NULL, NULL, NULL, NULL, NULL, NULL, NULL
    FROM src
    UNION ALL
    SELECT
        4, 'quantity', 'integer',
        count(*), count(*) - count(quantity), count(DISTINCT quantity),
        min(quantity), max(quantity), avg(quantity), stddev_samp(quantity),
        quantile_cont(quantity, 0.25), quantile_cont(quantity, 0.5), quantile_cont(quantity, 0.75)
    FROM src
    UNION ALL
    SELECT
        5, 'invoice_date', 'timestamp',
        count(*), count(*) - count(invoice_at), count(DISTINCT invoice_at),
        NULL, NULL, NULL, NULL, NULL, NULL, NULL
    FROM src
    UNION ALL
    SELECT
        6, 'unit_price', 'decimal',
        count(*), count(*) - count(unit_price), count(DISTINCT unit_price),
        min(unit_price), max(unit_price), avg(unit_price), stddev_samp(unit_price),
        quantile_cont(unit_price, 0.25), quantile_cont(unit_price, 0.5), quantile_cont(unit_price, 0.75)
    FROM src
    UNION ALL
    SELECT
        7, 'customer_id', 'text',
        count(*), count(*) - count(customer_id), count(DISTINCT customer_id),
        NULL, NULL, NULL, NULL, NULL, NULL, NULL
    FROM src
    UNION ALL
    SELECT
        8, 'country', 'text',
        count(*), count(*) - count(country), count(DISTINCT country),
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
