-- RFM per known customer with at least one clean sale, as of the day after the last invoice in the data; scores are quintiles by percent rank, 1 + floor(5 * percent_rank) capped at 5 (5 = best; tied customers share the lower score) and the segment comes from R and FM = floor((F + M + 1) / 2):
--   Champions R5 FM4-5 | Loyal R3-4 FM4-5 | Potential Loyalist R4-5 FM2-3 | New R5 FM1 | Promising R4 FM1 | Need Attention R3 FM3
--   About to Sleep R3 FM1-2 | At Risk R1-2 FM3-4 | Can't Lose Them R1-2 FM5 | Hibernating R2 FM1-2 | Lost R1 FM1-2
CREATE OR ALTER VIEW mart.v_customer_rfm
AS
WITH reference AS (
    SELECT DATEADD(DAY, 1, CAST(MAX(f.invoice_at) AS DATE)) AS reference_date
    FROM dw.fact_sales AS f
    WHERE f.is_duplicate = 0
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
        DATEDIFF(DAY, CAST(c.last_purchase_at AS DATE), r.reference_date) AS recency_days,
        c.frequency,
        c.gross_revenue + c.cancellation_value AS monetary,
        DATEDIFF(DAY, CAST(c.first_purchase_at AS DATE), r.reference_date) AS tenure_days,
        CAST(c.gross_revenue AS FLOAT) / c.frequency AS avg_basket,
        c.distinct_products,
        -- 0 - x, not -x: -x of a zero is -0, which BI tools and exports print as "-0".
        (0 - CAST(c.cancellation_value AS FLOAT)) / NULLIF(c.gross_revenue, 0) AS return_rate
    FROM customer AS c
    CROSS JOIN reference AS r
),
scored AS (
    SELECT
        m.customer_key,
        d.customer_id,
        k.country_name,
        m.first_purchase_at,
        m.last_purchase_at,
        m.reference_date,
        m.recency_days,
        m.frequency,
        m.monetary,
        m.tenure_days,
        m.avg_basket,
        m.distinct_products,
        m.return_rate,
        CASE WHEN PERCENT_RANK() OVER (ORDER BY m.recency_days DESC) = 1 THEN 5 ELSE CAST(1 + FLOOR(5 * PERCENT_RANK() OVER (ORDER BY m.recency_days DESC)) AS INT) END AS r_score,
        CASE WHEN PERCENT_RANK() OVER (ORDER BY m.frequency) = 1 THEN 5 ELSE CAST(1 + FLOOR(5 * PERCENT_RANK() OVER (ORDER BY m.frequency)) AS INT) END AS f_score,
        CASE WHEN PERCENT_RANK() OVER (ORDER BY m.monetary) = 1 THEN 5 ELSE CAST(1 + FLOOR(5 * PERCENT_RANK() OVER (ORDER BY m.monetary)) AS INT) END AS m_score
    FROM measured AS m
    JOIN dw.dim_customer AS d ON d.customer_key = m.customer_key
    LEFT JOIN dw.dim_country AS k ON k.country_key = d.country_key
),
segmented AS (
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
        (f_score + m_score + 1) / 2 AS fm_score
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
    CONCAT(r_score, f_score, m_score) AS rfm_score,
    CASE
        WHEN r_score = 5 AND fm_score >= 4 THEN N'Champions'
        WHEN r_score IN (3, 4) AND fm_score >= 4 THEN N'Loyal'
        WHEN r_score >= 4 AND fm_score IN (2, 3) THEN N'Potential Loyalist'
        WHEN r_score = 5 AND fm_score = 1 THEN N'New'
        WHEN r_score = 4 AND fm_score = 1 THEN N'Promising'
        WHEN r_score = 3 AND fm_score = 3 THEN N'Need Attention'
        WHEN r_score = 3 AND fm_score <= 2 THEN N'About to Sleep'
        WHEN r_score <= 2 AND fm_score IN (3, 4) THEN N'At Risk'
        WHEN r_score <= 2 AND fm_score = 5 THEN N'Can''t Lose Them'
        WHEN r_score = 2 THEN N'Hibernating'
        ELSE N'Lost'
    END AS segment
FROM segmented;
