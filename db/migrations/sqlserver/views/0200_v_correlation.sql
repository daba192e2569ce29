-- Pearson and Spearman correlation matrix (long form) of the customer features in mart.v_customer_rfm.
CREATE OR ALTER VIEW mart.v_correlation
AS
WITH feature AS (
    SELECT customer_key, N'recency_days' AS feature_name, CAST(recency_days AS FLOAT) AS feature_value FROM mart.v_customer_rfm
    UNION ALL
    SELECT customer_key, N'frequency', CAST(frequency AS FLOAT) FROM mart.v_customer_rfm
    UNION ALL
    SELECT customer_key, N'monetary', CAST(monetary AS FLOAT) FROM mart.v_customer_rfm
    UNION ALL
    SELECT customer_key, N'tenure_days', CAST(tenure_days AS FLOAT) FROM mart.v_customer_rfm
    UNION ALL
    SELECT customer_key, N'avg_basket', CAST(avg_basket AS FLOAT) FROM mart.v_customer_rfm
    UNION ALL
    SELECT customer_key, N'distinct_products', CAST(distinct_products AS FLOAT) FROM mart.v_customer_rfm
    UNION ALL
    SELECT customer_key, N'return_rate', CAST(return_rate AS FLOAT) FROM mart.v_customer_rfm
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
