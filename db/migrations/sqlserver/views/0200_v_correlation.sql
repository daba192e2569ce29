-- Pearson and Spearman correlation matrix (long form) of the customer features in mart.v_customer_rfm.
CREATE OR ALTER VIEW mart.v_correlation
AS
WITH feature AS (
    -- One pass over the customer view, one row per customer and feature (the view aggregates the whole fact table).
    SELECT
        r.customer_key,
        f.feature_name,
        CASE f.feature_name
            WHEN N'recency_days' THEN CAST(r.recency_days AS FLOAT)
            WHEN N'frequency' THEN CAST(r.frequency AS FLOAT)
            WHEN N'monetary' THEN CAST(r.monetary AS FLOAT)
            WHEN N'tenure_days' THEN CAST(r.tenure_days AS FLOAT)
            WHEN N'avg_basket' THEN CAST(r.avg_basket AS FLOAT)
            WHEN N'distinct_products' THEN CAST(r.distinct_products AS FLOAT)
            WHEN N'return_rate' THEN CAST(r.return_rate AS FLOAT)
        END AS feature_value
    FROM mart.v_customer_rfm AS r
    CROSS JOIN (
        VALUES (N'recency_days'), (N'frequency'), (N'monetary'), (N'tenure_days'), (N'avg_basket'), (N'distinct_products'),
            (N'return_rate')
    ) AS f (feature_name)
),
centred AS (
    SELECT
        customer_key,
        feature_name,
        feature_value - AVG(feature_value) OVER (PARTITION BY feature_name) AS value_dev,
        CAST(RANK() OVER (PARTITION BY feature_name ORDER BY feature_value) AS FLOAT)
            + (COUNT(*) OVER (PARTITION BY feature_name, feature_value) - 1) / 2.0 AS value_rank
    FROM feature
    WHERE feature_value IS NOT NULL
),
ranked AS (
    SELECT
        customer_key,
        feature_name,
        value_dev,
        value_rank - AVG(value_rank) OVER (PARTITION BY feature_name) AS rank_dev
    FROM centred
),
pair AS (
    SELECT
        x.feature_name AS feature_x,
        y.feature_name AS feature_y,
        COUNT_BIG(*) AS n_customers,
        SUM(x.value_dev * y.value_dev) AS sxy,
        SUM(x.value_dev * x.value_dev) AS sxx,
        SUM(y.value_dev * y.value_dev) AS syy,
        SUM(x.rank_dev * y.rank_dev) AS rxy,
        SUM(x.rank_dev * x.rank_dev) AS rxx,
        SUM(y.rank_dev * y.rank_dev) AS ryy
    FROM ranked AS x
    JOIN ranked AS y ON y.customer_key = x.customer_key
    GROUP BY x.feature_name, y.feature_name
)
SELECT
    feature_x,
    feature_y,
    n_customers,
    sxy / NULLIF(SQRT(sxx * syy), 0) AS pearson_r,
    rxy / NULLIF(SQRT(rxx * ryy), 0) AS spearman_r
FROM pair;
