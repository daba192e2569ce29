-- Customer features as of the cut-off @cutoff: only revenue lines strictly before it count, so nothing on or after
-- the cut-off can change a feature. Labels come from [@cutoff, @label_end) and are 0 when there is no purchase there.
-- One row per known customer with at least one purchase before the cut-off. Definitions: docs/model-features.md.
WITH line AS (
    SELECT r.customer_key, r.invoice_no, r.invoice_at, r.product_key, r.quantity, r.line_revenue, r.is_purchase
    FROM dw.v_revenue_line AS r
    WHERE r.customer_key <> 0 AND r.invoice_at < @cutoff
),
-- One row per invoice first, so the customer figures below are plain sums and counts (no DISTINCT per measure).
invoice AS (
    SELECT
        customer_key,
        invoice_no,
        MIN(invoice_at) AS invoice_at,
        MAX(CAST(is_purchase AS INT)) AS is_purchase,
        SUM(CASE WHEN is_purchase = 1 THEN line_revenue ELSE 0 END) AS purchase_revenue,
        SUM(CASE WHEN is_purchase = 1 THEN 0 ELSE line_revenue END) AS cancellation_value,
        SUM(CASE WHEN is_purchase = 1 THEN CAST(quantity AS BIGINT) ELSE 0 END) AS units
    FROM line
    GROUP BY customer_key, invoice_no
),
purchase_day AS (
    SELECT customer_key, CAST(invoice_at AS DATE) AS purchase_date, SUM(purchase_revenue) AS revenue
    FROM invoice
    WHERE is_purchase = 1
    GROUP BY customer_key, CAST(invoice_at AS DATE)
),
ordered_day AS (
    SELECT
        customer_key,
        purchase_date,
        revenue,
        ROW_NUMBER() OVER (PARTITION BY customer_key ORDER BY purchase_date) AS day_number,
        DATEDIFF(DAY, LAG(purchase_date) OVER (PARTITION BY customer_key ORDER BY purchase_date), purchase_date) AS gap_days
    FROM purchase_day
),
day_stats AS (
    SELECT
        customer_key,
        COUNT(*) AS purchase_days,
        MIN(purchase_date) AS first_date,
        MAX(purchase_date) AS last_date,
        SUM(revenue) AS day_revenue,
        SUM(CASE WHEN day_number = 1 THEN revenue END) AS first_day_revenue,
        AVG(CAST(gap_days AS FLOAT)) AS ipt_mean,
        STDEV(gap_days) AS ipt_std
    FROM ordered_day
    GROUP BY customer_key
),
products AS (
    SELECT customer_key, COUNT(DISTINCT product_key) AS distinct_products
    FROM line
    WHERE is_purchase = 1
    GROUP BY customer_key
),
customer AS (
    SELECT
        customer_key,
        SUM(is_purchase) AS frequency,
        SUM(purchase_revenue) AS gross_revenue,
        SUM(cancellation_value) AS cancellation_value,
        SUM(units) AS units,
        SUM(CASE WHEN MONTH(invoice_at) >= 10 THEN purchase_revenue ELSE 0 END) AS q4_revenue,
        SUM(CASE WHEN invoice_at >= @period_start THEN purchase_revenue + cancellation_value ELSE 0 END) AS previous_period_revenue,
        SUM(CASE WHEN is_purchase = 1 AND invoice_at >= @period_start THEN 1 ELSE 0 END) AS previous_period_orders
    FROM invoice
    GROUP BY customer_key
    HAVING SUM(is_purchase) > 0
),
label AS (
    SELECT
        r.customer_key,
        COUNT(DISTINCT CASE WHEN r.is_purchase = 1 THEN r.invoice_no END) AS label_orders,
        COUNT(DISTINCT CASE WHEN r.is_purchase = 1 THEN CAST(r.invoice_at AS DATE) END) AS label_purchase_days,
        SUM(r.line_revenue) AS label_revenue
    FROM dw.v_revenue_line AS r
    WHERE r.customer_key <> 0 AND r.invoice_at >= @cutoff AND r.invoice_at < @label_end
    GROUP BY r.customer_key
)
SELECT
    c.customer_key,
    d.customer_id,
    COALESCE(k.country_name, N'(unknown)') AS country_name,
    DATEDIFF(DAY, s.last_date, CAST(@cutoff AS DATE)) AS recency_days,
    DATEDIFF(DAY, s.first_date, CAST(@cutoff AS DATE)) AS tenure_days,
    c.frequency,
    s.purchase_days,
    CAST(c.gross_revenue + c.cancellation_value AS FLOAT) AS monetary,
    CAST(c.gross_revenue AS FLOAT) AS gross_revenue,
    CAST(c.gross_revenue AS FLOAT) / c.frequency AS avg_basket,
    p.distinct_products,
    CAST(c.units AS FLOAT) AS units,
    CASE WHEN c.gross_revenue > 0 THEN ABS(CAST(c.cancellation_value AS FLOAT)) / c.gross_revenue ELSE 0 END AS return_rate,
    s.ipt_mean,
    CAST(s.ipt_std AS FLOAT) AS ipt_std,
    CASE WHEN c.gross_revenue > 0 THEN CAST(c.q4_revenue AS FLOAT) / c.gross_revenue ELSE 0 END AS q4_share,
    CAST(c.previous_period_revenue AS FLOAT) AS previous_period_revenue,
    c.previous_period_orders,
    s.purchase_days - 1 AS repeat_purchases,
    DATEDIFF(DAY, s.first_date, s.last_date) AS repeat_span_days,
    CASE WHEN s.purchase_days > 1 THEN CAST(s.day_revenue - s.first_day_revenue AS FLOAT) / (s.purchase_days - 1) END
        AS repeat_order_value,
    COALESCE(l.label_orders, 0) AS label_orders,
    COALESCE(l.label_purchase_days, 0) AS label_purchase_days,
    CAST(COALESCE(l.label_revenue, 0) AS FLOAT) AS label_revenue
FROM customer AS c
JOIN day_stats AS s ON s.customer_key = c.customer_key
JOIN products AS p ON p.customer_key = c.customer_key
JOIN dw.dim_customer AS d ON d.customer_key = c.customer_key
LEFT JOIN dw.dim_country AS k ON k.country_key = d.country_key
LEFT JOIN label AS l ON l.customer_key = c.customer_key
ORDER BY c.customer_key;
