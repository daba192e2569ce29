-- Cohorts: one row per cohort x month offset with buyers (mart.v_cohort_retention).
SELECT cohort_month, months_since_first_purchase, activity_month, cohort_size, active_customers, retention_pct,
       revenue, revenue_per_cohort_customer
FROM mart.v_cohort_retention
ORDER BY cohort_month, months_since_first_purchase;
