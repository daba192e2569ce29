-- Customer features as of each cut-off T in @cutoffs (comma-separated dates): only revenue lines strictly before T
-- count, so nothing on or after T can change a feature. Labels come from [T, T + @horizon_days) and are 0 when there
-- is no purchase there; the previous period is [T - @horizon_days, T). One row per cut-off and known customer with
-- at least one purchase before it. Definitions: docs/model-features.md.
-- The fact lines are read once for every cut-off: they are first summed per invoice and timestamp (and per customer
-- and product), and each cut-off then adds up the rows before it — the same sums as reading the lines per cut-off.
WITH cutoff AS (
    SELECT CAST(value AS DATE) AS cutoff_date, CAST(CAST(value AS DATE) AS DATETIME2(0)) AS cutoff_at
    FROM STRING_SPLIT(@cutoffs, ',')
),
line AS (
    SELECT r.customer_key, r.invoice_no, r.invoice_at, r.product_key, r.quantity, r.line_revenue, r.is_purchase
    FROM dw.v_revenue_line AS r
    WHERE r.customer_key <> 0
        AND r.invoice_at < (SELECT DATEADD(DAY, @horizon_days, MAX(cutoff_at)) FROM cutoff)
),
invoice_part AS (
    SELECT
        customer_key,
        invoice_no,
        invoice_at,
        MAX(CAST(is_purchase AS INT)) AS is_purchase,
        SUM(CASE WHEN is_purchase = 1 THEN line_revenue ELSE 0 END) AS purchase_revenue,
        SUM(CASE WHEN is_purchase = 1 THEN 0 ELSE line_revenue END) AS cancellation_value,
        SUM(CASE WHEN is_purchase = 1 THEN CAST(quantity AS BIGINT) ELSE 0 END) AS units
    FROM line
    GROUP BY customer_key, invoice_no, invoice_at
),
first_purchase AS (
    SELECT customer_key, product_key, MIN(invoice_at) AS first_at
    FROM line
    WHERE is_purchase = 1
    GROUP BY customer_key, product_key
),
-- One row per invoice before the cut-off, so the customer figures below are plain sums and counts.
invoice AS (
    SELECT
        c.cutoff_date,
        c.cutoff_at,
        p.customer_key,
        p.invoice_no,
        MIN(p.invoice_at) AS invoice_at,
        MAX(p.is_purchase) AS is_purchase,
        SUM(p.purchase_revenue) AS purchase_revenue,
        SUM(p.cancellation_value) AS cancellation_value,
        SUM(p.units) AS units
    FROM cutoff AS c
    JOIN invoice_part AS p ON p.invoice_at < c.cutoff_at
    GROUP BY c.cutoff_date, c.cutoff_at, p.customer_key, p.invoice_no
),
purchase_day AS (
    SELECT cutoff_date, customer_key, CAST(invoice_at AS DATE) AS purchase_date, SUM(purchase_revenue) AS revenue
    FROM invoice
    WHERE is_purchase = 1
    GROUP BY cutoff_date, customer_key, CAST(invoice_at AS DATE)
),
ordered_day AS (
    SELECT
        cutoff_date,
        customer_key,
        purchase_date,
        revenue,
        ROW_NUMBER() OVER (PARTITION BY cutoff_date, customer_key ORDER BY purchase_date) AS day_number,
        CAST(DATEDIFF(DAY, LAG(purchase_date) OVER (PARTITION BY cutoff_date, customer_key ORDER BY purchase_date), purchase_date)
            AS BIGINT) AS gap_days
    FROM purchase_day
),
-- The standard deviation from exact integer sums: the same value whatever order the rows are added in.
day_stats AS (
    SELECT
        cutoff_date,
        customer_key,
        COUNT(*) AS purchase_days,
        MIN(purchase_date) AS first_date,
        MAX(purchase_date) AS last_date,
        SUM(revenue) AS day_revenue,
        SUM(CASE WHEN day_number = 1 THEN revenue END) AS first_day_revenue,
        COUNT(gap_days) AS gaps,
        SUM(gap_days) AS gap_sum,
        SUM(gap_days * gap_days) AS gap_square_sum
    FROM ordered_day
    GROUP BY cutoff_date, customer_key
),
products AS (
    SELECT c.cutoff_date, f.customer_key, COUNT(*) AS distinct_products
    FROM cutoff AS c
    JOIN first_purchase AS f ON f.first_at < c.cutoff_at
    GROUP BY c.cutoff_date, f.customer_key
),
customer AS (
    SELECT
        cutoff_date,
        cutoff_at,
        customer_key,
        SUM(is_purchase) AS frequency,
        SUM(purchase_revenue) AS gross_revenue,
        SUM(cancellation_value) AS cancellation_value,
        SUM(units) AS units,
        SUM(CASE WHEN MONTH(invoice_at) >= 10 THEN purchase_revenue ELSE 0 END) AS q4_revenue,
        SUM(CASE WHEN invoice_at >= DATEADD(DAY, -@horizon_days, cutoff_at) THEN purchase_revenue + cancellation_value ELSE 0 END)
            AS previous_period_revenue,
        SUM(CASE WHEN is_purchase = 1 AND invoice_at >= DATEADD(DAY, -@horizon_days, cutoff_at) THEN 1 ELSE 0 END)
            AS previous_period_orders
    FROM invoice
    GROUP BY cutoff_date, cutoff_at, customer_key
    HAVING SUM(is_purchase) > 0
),
label AS (
    SELECT
        c.cutoff_date,
        p.customer_key,
        COUNT(DISTINCT CASE WHEN p.is_purchase = 1 THEN p.invoice_no END) AS label_orders,
        COUNT(DISTINCT CASE WHEN p.is_purchase = 1 THEN CAST(p.invoice_at AS DATE) END) AS label_purchase_days,
        SUM(p.purchase_revenue + p.cancellation_value) AS label_revenue
    FROM cutoff AS c
    JOIN invoice_part AS p ON p.invoice_at >= c.cutoff_at AND p.invoice_at < DATEADD(DAY, @horizon_days, c.cutoff_at)
    GROUP BY c.cutoff_date, p.customer_key
)
SELECT
    c.cutoff_at AS cutoff,
    c.customer_key,
    d.customer_id,
    COALESCE(k.country_name, N'(unknown)') AS country_name,
    DATEDIFF(DAY, s.last_date, c.cutoff_date) AS recency_days,
    DATEDIFF(DAY, s.first_date, c.cutoff_date) AS tenure_days,
    c.frequency,
    s.purchase_days,
    CAST(c.gross_revenue + c.cancellation_value AS FLOAT) AS monetary,
    CAST(c.gross_revenue AS FLOAT) AS gross_revenue,
    CAST(c.gross_revenue AS FLOAT) / c.frequency AS avg_basket,
    p.distinct_products,
    CAST(c.units AS FLOAT) AS units,
    CASE WHEN c.gross_revenue > 0 THEN ABS(CAST(c.cancellation_value AS FLOAT)) / c.gross_revenue ELSE 0 END AS return_rate,
    CASE WHEN s.gaps > 0 THEN CAST(s.gap_sum AS FLOAT) / s.gaps END AS ipt_mean,
    CASE WHEN s.gaps > 1
        THEN SQRT(CAST(s.gaps * s.gap_square_sum - s.gap_sum * s.gap_sum AS FLOAT) / (s.gaps * (s.gaps - 1)))
    END AS ipt_std,
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
JOIN day_stats AS s ON s.cutoff_date = c.cutoff_date AND s.customer_key = c.customer_key
JOIN products AS p ON p.cutoff_date = c.cutoff_date AND p.customer_key = c.customer_key
JOIN dw.dim_customer AS d ON d.customer_key = c.customer_key
LEFT JOIN dw.dim_country AS k ON k.country_key = d.country_key
LEFT JOIN label AS l ON l.cutoff_date = c.cutoff_date AND l.customer_key = c.customer_key
-- In customer id order, not surrogate-key order: the keys depend on which file brought a customer first, and the
-- models' seeded samples and splits follow row order, so the same lines loaded in other files give the same models.
ORDER BY c.cutoff_date, d.customer_id COLLATE Latin1_General_BIN2;
