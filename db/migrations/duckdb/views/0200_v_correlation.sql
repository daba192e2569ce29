-- Pearson and Spearman correlation matrix (long form) of the customer features in mart.v_customer_rfm.
CREATE OR REPLACE VIEW mart.v_correlation AS
WITH feature AS (
    -- One pass over the customer view, one row per customer and feature (the view aggregates the whole fact table).
    SELECT
        r.customer_key,
        f.feature_name,
        CASE f.feature_name
            WHEN 'recency_days' THEN CAST(r.recency_days AS DOUBLE)
            WHEN 'frequency' THEN CAST(r.frequency AS DOUBLE)
            WHEN 'monetary' THEN CAST(r.monetary AS DOUBLE)
            WHEN 'tenure_days' THEN CAST(r.tenure_days AS DOUBLE)
            WHEN 'avg_basket' THEN CAST(r.avg_basket AS DOUBLE)
            WHEN 'distinct_products' THEN CAST(r.distinct_products AS DOUBLE)
            WHEN 'return_rate' THEN CAST(r.return_rate AS DOUBLE)
        END AS feature_value
    FROM mart.v_customer_rfm AS r
    CROSS JOIN (
        VALUES ('recency_days'), ('frequency'), ('monetary'), ('tenure_days'), ('avg_basket'), ('distinct_products'), ('return_rate')
    ) AS f (feature_name)
),
centred AS (
    SELECT
        customer_key,
        feature_name,
        feature_value - avg(feature_value) OVER (PARTITION BY feature_name) AS value_dev,
        CAST(rank() OVER (PARTITION BY feature_name ORDER BY feature_value) AS DOUBLE)
            + (count(*) OVER (PARTITION BY feature_name, feature_value) - 1) / 2.0 AS value_rank
    FROM feature
    WHERE feature_value IS NOT NULL
),
ranked AS (
    SELECT
        customer_key,
        feature_name,
        value_dev,
        value_rank - avg(value_rank) OVER (PARTITION BY feature_name) AS rank_dev
    FROM centred
),
pair AS (
    SELECT
        x.feature_name AS feature_x,
        y.feature_name AS feature_y,
        count(*) AS n_customers,
        sum(x.value_dev * y.value_dev) AS sxy,
        sum(x.value_dev * x.value_dev) AS sxx,
        sum(y.value_dev * y.value_dev) AS syy,
        sum(x.rank_dev * y.rank_dev) AS rxy,
        sum(x.rank_dev * x.rank_dev) AS rxx,
        sum(y.rank_dev * y.rank_dev) AS ryy
    FROM ranked AS x
    JOIN ranked AS y ON y.customer_key = x.customer_key
    GROUP BY x.feature_name, y.feature_name
)
SELECT
    feature_x,
    feature_y,
    n_customers,
    sxy / NULLIF(sqrt(sxx * syy), 0) AS pearson_r,
    rxy / NULLIF(sqrt(rxx * ryy), 0) AS spearman_r
FROM pair;
