-- Cohort retention: customers grouped by the month of their first clean sale, and per month since then how many bought again and what they spent.
CREATE OR ALTER VIEW mart.v_cohort_retention
AS
WITH activity AS (
    SELECT
        f.customer_key,
        d.year_month,
        d.calendar_year * 12 + d.month_number AS month_index,
        SUM(f.line_revenue) AS revenue
    FROM dw.v_revenue_line AS f
    JOIN dw.dim_date AS d ON d.date_key = f.date_key
    WHERE f.is_purchase = 1
    GROUP BY f.customer_key, d.year_month, d.calendar_year, d.month_number
),
cohort AS (
    SELECT
        customer_key,
        MIN(year_month) AS cohort_month,
        MIN(month_index) AS cohort_index
    FROM activity
    GROUP BY customer_key
),
cohort_size AS (
    SELECT cohort_month, COUNT_BIG(*) AS cohort_size
    FROM cohort
    GROUP BY cohort_month
),
retained AS (
    SELECT
        c.cohort_month,
        a.month_index - c.cohort_index AS months_since_first_purchase,
        MIN(a.year_month) AS activity_month,
        COUNT_BIG(*) AS active_customers,
        SUM(a.revenue) AS revenue
    FROM activity AS a
    JOIN cohort AS c ON c.customer_key = a.customer_key
    GROUP BY c.cohort_month, a.month_index - c.cohort_index
)
SELECT
    r.cohort_month,
    r.months_since_first_purchase,
    r.activity_month,
    s.cohort_size,
    r.active_customers,
    100.0 * r.active_customers / s.cohort_size AS retention_pct,
    r.revenue,
    CAST(r.revenue AS FLOAT) / s.cohort_size AS revenue_per_cohort_customer
FROM retained AS r
JOIN cohort_size AS s ON s.cohort_month = r.cohort_month;
