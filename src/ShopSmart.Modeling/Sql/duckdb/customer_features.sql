-- Customer features as of each cut-off T in $cutoffs (comma-separated dates): only revenue lines strictly before T
-- count, so nothing on or after T can change a feature. Labels come from [T, T + $horizon_days) and are 0 when there
-- is no purchase there; the previous period is [T - $horizon_days, T). One row per cut-off and known customer with
-- at least one purchase before it. Definitions: docs/model-features.md.
-- The fact lines are read once for every cut-off: they are first summed per invoice and timestamp (and per customer
-- and product), and each cut-off then adds up the rows before it — the same sums as reading the lines per cut-off.
WITH cutoff AS (
    SELECT CAST(value AS DATE) AS cutoff_date, CAST(CAST(value AS DATE) AS TIMESTAMP) AS cutoff_at
    FROM (SELECT unnest(string_split($cutoffs, ',')) AS value)
),
line AS (
    SELECT r.customer_key, r.invoice_no, r.invoice_at, r.product_key, r.quantity, r.line_revenue, r.is_purchase
    FROM dw.v_revenue_line AS r
    WHERE r.customer_key <> 0
        AND r.invoice_at < (SELECT max(cutoff_at) + to_days(CAST($horizon_days AS INTEGER)) FROM cutoff)
),
invoice_part AS (
    SELECT
        customer_key,
        invoice_no,
        invoice_at,
        bool_or(is_purchase) AS is_purchase,
        sum(CASE WHEN is_purchase THEN line_revenue ELSE 0 END) AS purchase_revenue,
        sum(CASE WHEN is_purchase THEN 0 ELSE line_revenue END) AS cancellation_value,
        sum(CASE WHEN is_purchase THEN quantity ELSE 0 END) AS units
    FROM line
    GROUP BY customer_key, invoice_no, invoice_at
),
first_purchase AS (
    SELECT customer_key, product_key, min(invoice_at) AS first_at
    FROM line
    WHERE is_purchase
    GROUP BY customer_key, product_key
),
-- One row per invoice before the cut-off, so the customer figures below are plain sums and counts.
invoice AS (
    SELECT
        c.cutoff_date,
        p.customer_key,
        p.invoice_no,
        min(p.invoice_at) AS invoice_at,
        bool_or(p.is_purchase) AS is_purchase,
        sum(p.purchase_revenue) AS purchase_revenue,
        sum(p.cancellation_value) AS cancellation_value,
        sum(p.units) AS units
    FROM cutoff AS c
    JOIN invoice_part AS p ON p.invoice_at < c.cutoff_at
    GROUP BY c.cutoff_date, p.customer_key, p.invoice_no
),
purchase_day AS (
    SELECT cutoff_date, customer_key, CAST(invoice_at AS DATE) AS purchase_date, sum(purchase_revenue) AS revenue
    FROM invoice
    WHERE is_purchase
    GROUP BY cutoff_date, customer_key, CAST(invoice_at AS DATE)
),
day_stats AS (
    SELECT
        cutoff_date,
        customer_key,
        count(*) AS purchase_days,
        min(purchase_date) AS first_date,
        max(purchase_date) AS last_date,
        sum(revenue) AS day_revenue,
        arg_min(revenue, purchase_date) AS first_day_revenue
    FROM purchase_day
    GROUP BY cutoff_date, customer_key
),
gap AS (
    SELECT
        cutoff_date,
        customer_key,
        date_diff('day', lag(purchase_date) OVER (PARTITION BY cutoff_date, customer_key ORDER BY purchase_date), purchase_date) AS gap_days
    FROM purchase_day
),
-- The standard deviation from exact integer sums: the same value whatever order the rows are added in.
gap_stats AS (
    SELECT
        cutoff_date,
        customer_key,
        CAST(sum(gap_days) AS DOUBLE) / count(*) AS ipt_mean,
        CASE WHEN count(*) > 1
            THEN sqrt(CAST(count(*) * sum(gap_days * gap_days) - sum(gap_days) * sum(gap_days) AS DOUBLE) / (count(*) * (count(*) - 1)))
        END AS ipt_std
    FROM gap
    WHERE gap_days IS NOT NULL
    GROUP BY cutoff_date, customer_key
),
products AS (
    SELECT c.cutoff_date, f.customer_key, count(*) AS distinct_products
    FROM cutoff AS c
    JOIN first_purchase AS f ON f.first_at < c.cutoff_at
    GROUP BY c.cutoff_date, f.customer_key
),
customer AS (
    SELECT
        c.cutoff_date,
        c.cutoff_at,
        i.customer_key,
        count(*) FILTER (WHERE i.is_purchase) AS frequency,
        sum(i.purchase_revenue) AS gross_revenue,
        sum(i.cancellation_value) AS cancellation_value,
        sum(i.units) AS units,
        sum(CASE WHEN month(i.invoice_at) >= 10 THEN i.purchase_revenue ELSE 0 END) AS q4_revenue,
        sum(CASE WHEN i.invoice_at >= c.cutoff_at - to_days(CAST($horizon_days AS INTEGER))
            THEN i.purchase_revenue + i.cancellation_value ELSE 0 END) AS previous_period_revenue,
        count(*) FILTER (WHERE i.is_purchase AND i.invoice_at >= c.cutoff_at - to_days(CAST($horizon_days AS INTEGER)))
            AS previous_period_orders
    FROM invoice AS i
    JOIN cutoff AS c ON c.cutoff_date = i.cutoff_date
    GROUP BY c.cutoff_date, c.cutoff_at, i.customer_key
    HAVING count(*) FILTER (WHERE i.is_purchase) > 0
),
label AS (
    SELECT
        c.cutoff_date,
        p.customer_key,
        count(DISTINCT CASE WHEN p.is_purchase THEN p.invoice_no END) AS label_orders,
        count(DISTINCT CASE WHEN p.is_purchase THEN CAST(p.invoice_at AS DATE) END) AS label_purchase_days,
        sum(p.purchase_revenue + p.cancellation_value) AS label_revenue
    FROM cutoff AS c
    JOIN invoice_part AS p
        ON p.invoice_at >= c.cutoff_at AND p.invoice_at < c.cutoff_at + to_days(CAST($horizon_days AS INTEGER))
    GROUP BY c.cutoff_date, p.customer_key
)
SELECT
    c.cutoff_at AS cutoff,
    c.customer_key,
    d.customer_id,
    coalesce(k.country_name, '(unknown)') AS country_name,
    CAST(date_diff('day', s.last_date, c.cutoff_date) AS INTEGER) AS recency_days,
    CAST(date_diff('day', s.first_date, c.cutoff_date) AS INTEGER) AS tenure_days,
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
JOIN day_stats AS s ON s.cutoff_date = c.cutoff_date AND s.customer_key = c.customer_key
JOIN products AS p ON p.cutoff_date = c.cutoff_date AND p.customer_key = c.customer_key
JOIN dw.dim_customer AS d ON d.customer_key = c.customer_key
LEFT JOIN dw.dim_country AS k ON k.country_key = d.country_key
LEFT JOIN gap_stats AS g ON g.cutoff_date = c.cutoff_date AND g.customer_key = c.customer_key
LEFT JOIN label AS l ON l.cutoff_date = c.cutoff_date AND l.customer_key = c.customer_key
-- In customer id order, not surrogate-key order: the keys depend on which file brought a customer first, and the
-- models' seeded samples and splits follow row order, so the same lines loaded in other files give the same models.
ORDER BY c.cutoff_date, d.customer_id;
