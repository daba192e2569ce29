-- Customers of the batches in range (a load: its own; an unload: its dependents): main country (most lines, ties to
-- the lowest key), countries seen, first and last invoice. A line of no country (key 0: a file without the column, or
-- the cell empty) names none: it neither outranks the customer's known country nor counts as one; a customer of such
-- lines only stays in the unknown country, seen in none.
WITH per_country AS (
    SELECT
        customer_key,
        country_key,
        MIN(invoice_at) AS first_invoice_at,
        MAX(invoice_at) AS last_invoice_at,
        ROW_NUMBER() OVER (PARTITION BY customer_key ORDER BY CASE WHEN country_key = 0 THEN 1 ELSE 0 END, COUNT(*) DESC, country_key) AS country_rank
    FROM dw.fact_sales
    WHERE customer_key IN (
        SELECT DISTINCT customer_key FROM dw.fact_sales
        WHERE batch_id BETWEEN @first_batch AND @last_batch AND customer_key <> 0
    )
    GROUP BY customer_key, country_key
),
per_customer AS (
    SELECT
        customer_key,
        MIN(CASE WHEN country_rank = 1 THEN country_key END) AS country_key,
        COUNT(CASE WHEN country_key <> 0 THEN 1 END) AS countries_count,
        MIN(first_invoice_at) AS first_invoice_at,
        MAX(last_invoice_at) AS last_invoice_at
    FROM per_country
    GROUP BY customer_key
)
UPDATE d
SET country_key = s.country_key,
    countries_count = s.countries_count,
    first_invoice_at = s.first_invoice_at,
    last_invoice_at = s.last_invoice_at
FROM dw.dim_customer AS d
JOIN per_customer AS s ON s.customer_key = d.customer_key;
