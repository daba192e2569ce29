-- Cohort retention: customers grouped by the month of their first clean sale, and per month since then how many bought again and what they spent.
CREATE OR REPLACE VIEW mart.v_cohort_retention AS
WITH activity AS (
    SELECT
        f.customer_key,
        d.year_month,
        d.calendar_year * 12 + d.month_number AS month_index,
        sum(f.line_revenue) AS revenue
    FROM dw.v_revenue_line AS f
    JOIN dw.dim_date AS d ON d.date_key = f.date_key
    WHERE f.is_purchase
    GROUP BY f.customer_key, d.year_month, d.calendar_year, d.month_number
),
cohort AS (
    SELECT
        customer_key,
        min(year_month) AS cohort_month,
        min(month_index) AS cohort_index
    FROM activity
    GROUP BY customer_key
),
cohort_size AS (
    SELECT cohort_month, count(*) AS cohort_size
    FROM cohort
    GROUP BY cohort_month
),
retained AS (
    SELECT
        c.cohort_month,
        CAST(a.month_index - c.cohort_index AS INTEGER) AS months_since_first_purchase,
        min(a.year_month) AS activity_month,
        count(*) AS active_customers,
        sum(a.revenue) AS revenue
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
    CAST(r.revenue AS DOUBLE) / s.cohort_size AS revenue_per_cohort_customer
FROM retained AS r
JOIN cohort_size AS s ON s.cohort_month = r.cohort_month;
