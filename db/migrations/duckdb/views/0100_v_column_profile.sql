-- Profile of each source column over the loaded lines (duplicates excluded): type, nulls, distinct values and, for numeric columns, summary statistics.
CREATE OR REPLACE VIEW mart.v_column_profile AS
WITH src AS (
    SELECT
        f.invoice_no,
        f.stock_code_raw,
        f.quantity,
        f.invoice_at,
        CAST(f.unit_price AS DOUBLE) AS unit_price,
        CASE WHEN c.is_unknown OR c.customer_key IS NULL THEN NULL ELSE c.customer_id END AS customer_id,
        CASE WHEN c.is_unknown OR c.customer_key IS NULL THEN NULL ELSE f.customer_key END AS known_customer_key,
        CASE WHEN f.country_key = 0 THEN NULL ELSE k.country_name END AS country,
        CASE WHEN f.country_key = 0 OR k.country_key IS NULL THEN NULL ELSE f.country_key END AS known_country_key
    FROM dw.fact_sales AS f
    LEFT JOIN dw.dim_customer AS c ON c.customer_key = f.customer_key
    LEFT JOIN dw.dim_country AS k ON k.country_key = f.country_key
    WHERE NOT f.is_duplicate
),
-- Descriptions are counted per text as written first, then trimmed: trimming every line cost a third of the view
-- (10 M lines: 2.5 s against 0.5 s).
description AS (
    SELECT
        coalesce(sum(lines) FILTER (WHERE NULLIF(TRIM(description_raw, ' '), '') IS NOT NULL), 0) AS description_count,
        count(DISTINCT NULLIF(TRIM(description_raw, ' '), '')) AS description_distinct
    FROM (
        SELECT description_raw, count(*) AS lines
        FROM dw.fact_sales
        WHERE NOT is_duplicate
        GROUP BY description_raw
    )
),
-- The quartiles are read off the running count of each distinct value (dw.quantile_from_counts), as quantile_cont
-- gives them: quantile_cont itself kept every line's value in memory, outside DuckDB's memory limit (10 M lines:
-- ~235 MB and 1.4 s; 50 M: over 1 GB).
value_counts AS (
    SELECT 'quantity' AS measure, CAST(quantity AS DOUBLE) AS x, count(*) AS n
    FROM dw.fact_sales
    WHERE NOT is_duplicate
    GROUP BY quantity
    UNION ALL
    SELECT 'unit_price', CAST(unit_price AS DOUBLE), count(*)
    FROM dw.fact_sales
    WHERE NOT is_duplicate
    GROUP BY unit_price
),
quartile_values AS (
    SELECT
        r.measure,
        q.quartile,
        dw.quantile_from_counts(r.x, r.below, q.quartile * r.last_position) AS v
    FROM (
        SELECT
            measure,
            x,
            sum(n) OVER (PARTITION BY measure ORDER BY x ROWS UNBOUNDED PRECEDING) AS below,
            CAST(sum(n) OVER (PARTITION BY measure) AS DOUBLE) - 1 AS last_position
        FROM value_counts
    ) AS r
    CROSS JOIN (VALUES (CAST(0.25 AS DOUBLE)), (CAST(0.5 AS DOUBLE)), (CAST(0.75 AS DOUBLE))) AS q (quartile)
    GROUP BY r.measure, q.quartile
),
quartiles AS (
    SELECT
        max(v) FILTER (WHERE measure = 'quantity' AND quartile = 0.25) AS quantity_p25,
        max(v) FILTER (WHERE measure = 'quantity' AND quartile = 0.5) AS quantity_p50,
        max(v) FILTER (WHERE measure = 'quantity' AND quartile = 0.75) AS quantity_p75,
        max(v) FILTER (WHERE measure = 'unit_price' AND quartile = 0.25) AS unit_price_p25,
        max(v) FILTER (WHERE measure = 'unit_price' AND quartile = 0.5) AS unit_price_p50,
        max(v) FILTER (WHERE measure = 'unit_price' AND quartile = 0.75) AS unit_price_p75
    FROM quartile_values
),
-- Every other figure in one pass over the lines; the rows below only lay them out one column per row.
lines AS (
    SELECT
        count(*) AS row_count,
        count(invoice_no) AS invoice_no_count, count(DISTINCT invoice_no) AS invoice_no_distinct,
        count(stock_code_raw) AS stock_code_count, count(DISTINCT stock_code_raw) AS stock_code_distinct,
        count(quantity) AS quantity_count, count(DISTINCT quantity) AS quantity_distinct,
        min(quantity) AS quantity_min, max(quantity) AS quantity_max, avg(quantity) AS quantity_mean,
        stddev_samp(quantity) AS quantity_std,
        count(invoice_at) AS invoice_at_count, count(DISTINCT invoice_at) AS invoice_at_distinct,
        count(unit_price) AS unit_price_count, count(DISTINCT unit_price) AS unit_price_distinct,
        min(unit_price) AS unit_price_min, max(unit_price) AS unit_price_max, avg(unit_price) AS unit_price_mean,
        stddev_samp(unit_price) AS unit_price_std,
        -- Distinct keys, not names: each key has one id or name (both unique in their dimension), and integers
        -- count faster than text.
        count(customer_id) AS customer_id_count, count(DISTINCT known_customer_key) AS customer_id_distinct,
        count(country) AS country_count, count(DISTINCT known_country_key) AS country_distinct
    FROM src
),
measured AS (
    SELECT
        l.*,
        d.description_count,
        d.description_distinct,
        q.*
    FROM lines AS l
    CROSS JOIN description AS d
    CROSS JOIN quartiles AS q
),
profile AS (
    SELECT
        c.column_position,
        c.column_name,
        c.data_type,
        m.row_count,
        m.row_count - CASE c.column_position
            WHEN 1 THEN m.invoice_no_count WHEN 2 THEN m.stock_code_count WHEN 3 THEN m.description_count
            WHEN 4 THEN m.quantity_count WHEN 5 THEN m.invoice_at_count WHEN 6 THEN m.unit_price_count
            WHEN 7 THEN m.customer_id_count ELSE m.country_count
        END AS null_count,
        CASE c.column_position
            WHEN 1 THEN m.invoice_no_distinct WHEN 2 THEN m.stock_code_distinct WHEN 3 THEN m.description_distinct
            WHEN 4 THEN m.quantity_distinct WHEN 5 THEN m.invoice_at_distinct WHEN 6 THEN m.unit_price_distinct
            WHEN 7 THEN m.customer_id_distinct ELSE m.country_distinct
        END AS distinct_count,
        CASE c.column_position WHEN 4 THEN CAST(m.quantity_min AS DOUBLE) WHEN 6 THEN m.unit_price_min END AS min_value,
        CASE c.column_position WHEN 4 THEN CAST(m.quantity_max AS DOUBLE) WHEN 6 THEN m.unit_price_max END AS max_value,
        CASE c.column_position WHEN 4 THEN m.quantity_mean WHEN 6 THEN m.unit_price_mean END AS mean_value,
        CASE c.column_position WHEN 4 THEN m.quantity_std WHEN 6 THEN m.unit_price_std END AS std_dev,
        CASE c.column_position WHEN 4 THEN CAST(m.quantity_p25 AS DOUBLE) WHEN 6 THEN m.unit_price_p25 END AS p25,
        CASE c.column_position WHEN 4 THEN CAST(m.quantity_p50 AS DOUBLE) WHEN 6 THEN m.unit_price_p50 END AS p50,
        CASE c.column_position WHEN 4 THEN CAST(m.quantity_p75 AS DOUBLE) WHEN 6 THEN m.unit_price_p75 END AS p75
    FROM measured AS m
    CROSS JOIN (
        VALUES
            (1, 'invoice_no', 'text'), (2, 'stock_code', 'text'), (3, 'description', 'text'), (4, 'quantity', 'integer'),
            (5, 'invoice_date', 'timestamp'), (6, 'unit_price', 'decimal'), (7, 'customer_id', 'text'), (8, 'country', 'text')
    ) AS c (column_position, column_name, data_type)
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
