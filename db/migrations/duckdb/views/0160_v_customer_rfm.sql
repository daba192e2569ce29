-- RFM per known customer with at least one clean sale, as of the day after the last invoice in the data; scores are quintiles by percent rank, 1 + floor(5 * percent_rank) capped at 5 (5 = best; tied customers share the lower score) and the segment comes from R and FM = floor((F + M + 1) / 2):
--   Champions R5 FM4-5 | Loyal R3-4 FM4-5 | Potential Loyalist R4-5 FM2-3 | New R5 FM1 | Promising R4 FM1 | Need Attention R3 FM3
--   About to Sleep R3 FM1-2 | At Risk R1-2 FM3-4 | Can't Lose Them R1-2 FM5 | Hibernating R2 FM1-2 | Lost R1 FM1-2
CREATE OR REPLACE VIEW mart.v_customer_rfm AS
WITH reference AS (
    SELECT CAST(max(f.invoice_at) AS DATE) + 1 AS reference_date
    FROM dw.fact_sales AS f
    WHERE NOT f.is_duplicate
),
customer AS (
    -- dw.v_customer_activity's rows, kept by the ETL.
    SELECT customer_key, first_purchase_at, last_purchase_at, frequency, gross_revenue, cancellation_value, distinct_products
    FROM dw.customer_activity
),
measured AS (
    SELECT
        c.customer_key,
        c.first_purchase_at,
        c.last_purchase_at,
        r.reference_date,
        CAST(date_diff('day', CAST(c.last_purchase_at AS DATE), r.reference_date) AS INTEGER) AS recency_days,
        CAST(c.frequency AS INTEGER) AS frequency,
        c.gross_revenue + c.cancellation_value AS monetary,
        CAST(date_diff('day', CAST(c.first_purchase_at AS DATE), r.reference_date) AS INTEGER) AS tenure_days,
        CAST(c.gross_revenue AS DOUBLE) / c.frequency AS avg_basket,
        CAST(c.distinct_products AS INTEGER) AS distinct_products,
        -- 0 - x, not -x: -x of a zero is -0, which BI tools and exports print as "-0".
        (0 - CAST(c.cancellation_value AS DOUBLE)) / NULLIF(c.gross_revenue, 0) AS return_rate
    FROM customer AS c
    CROSS JOIN reference AS r
),
scored AS (
    SELECT
        m.*,
        d.customer_id,
        k.country_name,
        CAST(least(5, 1 + floor(5 * percent_rank() OVER (ORDER BY m.recency_days DESC))) AS INTEGER) AS r_score,
        CAST(least(5, 1 + floor(5 * percent_rank() OVER (ORDER BY m.frequency))) AS INTEGER) AS f_score,
        CAST(least(5, 1 + floor(5 * percent_rank() OVER (ORDER BY m.monetary))) AS INTEGER) AS m_score
    FROM measured AS m
    JOIN dw.dim_customer AS d ON d.customer_key = m.customer_key
    LEFT JOIN dw.dim_country AS k ON k.country_key = d.country_key
),
segmented AS (
    SELECT
        *,
        CAST(floor((f_score + m_score + 1) / 2) AS INTEGER) AS fm_score
    FROM scored
)
SELECT
    customer_key,
    customer_id,
    country_name,
    first_purchase_at,
    last_purchase_at,
    reference_date,
    recency_days,
    frequency,
    monetary,
    tenure_days,
    avg_basket,
    distinct_products,
    return_rate,
    r_score,
    f_score,
    m_score,
    fm_score,
    CAST(r_score AS VARCHAR) || CAST(f_score AS VARCHAR) || CAST(m_score AS VARCHAR) AS rfm_score,
    CASE
        WHEN r_score = 5 AND fm_score >= 4 THEN 'Champions'
        WHEN r_score IN (3, 4) AND fm_score >= 4 THEN 'Loyal'
        WHEN r_score >= 4 AND fm_score IN (2, 3) THEN 'Potential Loyalist'
        WHEN r_score = 5 AND fm_score = 1 THEN 'New'
        WHEN r_score = 4 AND fm_score = 1 THEN 'Promising'
        WHEN r_score = 3 AND fm_score = 3 THEN 'Need Attention'
        WHEN r_score = 3 AND fm_score <= 2 THEN 'About to Sleep'
        WHEN r_score <= 2 AND fm_score IN (3, 4) THEN 'At Risk'
        WHEN r_score <= 2 AND fm_score = 5 THEN 'Can''t Lose Them'
        WHEN r_score = 2 THEN 'Hibernating'
        ELSE 'Lost'
    END AS segment
FROM segmented;
