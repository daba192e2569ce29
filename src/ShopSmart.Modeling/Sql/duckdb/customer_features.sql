-- Customer features as of the cut-off $cutoff: only revenue lines strictly before it count, so nothing on or after
-- the cut-off can change a feature. Labels come from [$cutoff, $label_end) and are 0 when there is no purchase there.
-- One row per known customer with at least one purchase before the cut-off. Definitions: docs/model-features.md.
WITH line AS (
    SELECT r.customer_key, r.invoice_no, r.invoice_at, r.product_key, r.quantity, r.line_revenue, r.is_purchase
    FROM dw.v_revenue_line AS r
    WHERE r.customer_key <> 0 AND r.invoice_at < $cutoff
),
-- One row per invoice first, so the customer figures below are plain sums and counts (no DISTINCT per measure).
invoice AS (
    SELECT
        customer_key,
        invoice_no,
        min(invoice_at) AS invoice_at,
        bool_or(is_purchase) AS is_purchase,
        sum(CASE WHEN is_purchase THEN line_revenue ELSE 0 END) AS purchase_revenue,
        sum(CASE WHEN is_purchase THEN 0 ELSE line_revenue END) AS cancellation_value,
        sum(CASE WHEN is_purchase THEN quantity ELSE 0 END) AS units
    FROM line
    GROUP BY customer_key, invoice_no
),
purchase_day AS (
    SELECT customer_key, CAST(invoice_at AS DATE) AS purchase_date, sum(purchase_revenue) AS revenue
    FROM invoice
    WHERE is_purchase
    GROUP BY customer_key, CAST(invoice_at AS DATE)
),
day_stats AS (
    SELECT
        customer_key,
        count(*) AS purchase_days,
        min(purchase_date) AS first_date,
        max(purchase_date) AS last_date,
        sum(revenue) AS day_revenue,
        arg_min(revenue, purchase_date) AS first_day_revenue
    FROM purchase_day
    GROUP BY customer_key
),
gap AS (
    SELECT
        customer_key,
        date_diff('day', lag(purchase_date) OVER (PARTITION BY customer_key ORDER BY purchase_date), purchase_date) AS gap_days
    FROM purchase_day
),
gap_stats AS (
    SELECT customer_key, avg(gap_days) AS ipt_mean, stddev_samp(gap_days) AS ipt_std
    FROM gap
    WHERE gap_days IS NOT NULL
    GROUP BY customer_key
),
products AS (
    SELECT customer_key, count(DISTINCT product_key) AS distinct_products
    FROM line
    WHERE is_purchase
    GROUP BY customer_key
),
customer AS (
    SELECT
        customer_key,
        count(*) FILTER (WHERE is_purchase) AS frequency,
        sum(purchase_revenue) AS gross_revenue,
        sum(cancellation_value) AS cancellation_value,
        sum(units) AS units,
        sum(CASE WHEN month(invoice_at) >= 10 THEN purchase_revenue ELSE 0 END) AS q4_revenue,
        sum(CASE WHEN invoice_at >= $period_start THEN purchase_revenue + cancellation_value ELSE 0 END) AS previous_period_revenue,
        count(*) FILTER (WHERE is_purchase AND invoice_at >= $period_start) AS previous_period_orders
    FROM invoice
    GROUP BY customer_key
    HAVING count(*) FILTER (WHERE is_purchase) > 0
),
label AS (
    SELECT
        r.customer_key,
        count(DISTINCT CASE WHEN r.is_purchase THEN r.invoice_no END) AS label_orders,
        count(DISTINCT CASE WHEN r.is_purchase THEN CAST(r.invoice_at AS DATE) END) AS label_purchase_days,
        sum(r.line_revenue) AS label_revenue
    FROM dw.v_revenue_line AS r
    WHERE r.customer_key <> 0 AND r.invoice_at >= $cutoff AND r.invoice_at < $label_end
    GROUP BY r.customer_key
)
SELECT
    c.customer_key,
    d.customer_id,
    coalesce(k.country_name, '(unknown)') AS country_name,
    CAST(date_diff('day', s.last_date, CAST($cutoff AS DATE)) AS INTEGER) AS recency_days,
    CAST(date_diff('day', s.first_date, CAST($cutoff AS DATE)) AS INTEGER) AS tenure_days,
    CAST(c.frequency AS INTEGER) AS frequency,
    CAST(s.purchase_days AS INTEGER) AS purchase_days,
    CAST(c.gross_revenue + c.cancellation_value AS DOUBLE) AS monetary,
    CAST(c.gross_revenue AS DOUBLE) AS gross_revenue,
    CAST(c.gross_revenue AS DOUBLE) / c.frequency AS avg_basket,
    CAST(p.distinct_products AS INTEGER) AS distinct_products,
    CAST(c.units AS DOUBLE) AS units,
    CASE WHEN c.gross_revenue > 0 THEN abs(CAST(c.cancellation_value AS DOUBLE)) / c.gross_revenue ELSE 0 END AS return_rate,
    CAST(g.ipt_mean AS DOUBLE) AS ipt_mean,
    CAST(g.ipt_std AS DOUBLE) AS ipt_std,
    CASE WHEN c.gross_revenue > 0 THEN CAST(c.q4_revenue AS DOUBLE) / c.gross_revenue ELSE 0 END AS q4_share,
    CAST(c.previous_period_revenue AS DOUBLE) AS previous_period_revenue,
    CAST(c.previous_period_orders AS INTEGER) AS previous_period_orders,
    CAST(s.purchase_days - 1 AS INTEGER) AS repeat_purchases,
    CAST(date_diff('day', s.first_date, s.last_date) AS INTEGER) AS repeat_span_days,
    CASE WHEN s.purchase_days > 1 THEN CAST(s.day_revenue - s.first_day_revenue AS DOUBLE) / (s.purchase_days - 1) END
        AS repeat_order_value,
    CAST(coalesce(l.label_orders, 0) AS INTEGER) AS label_orders,
    CAST(coalesce(l.label_purchase_days, 0) AS INTEGER) AS label_purchase_days,
    CAST(coalesce(l.label_revenue, 0) AS DOUBLE) AS label_revenue
FROM customer AS c
JOIN day_stats AS s ON s.customer_key = c.customer_key
JOIN products AS p ON p.customer_key = c.customer_key
JOIN dw.dim_customer AS d ON d.customer_key = c.customer_key
LEFT JOIN dw.dim_country AS k ON k.country_key = d.country_key
LEFT JOIN gap_stats AS g ON g.customer_key = c.customer_key
LEFT JOIN label AS l ON l.customer_key = c.customer_key
ORDER BY c.customer_key;
