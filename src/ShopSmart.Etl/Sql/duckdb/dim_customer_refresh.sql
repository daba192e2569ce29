-- Customers of the batches in range (a load: its own; an unload: its dependents): main country (most lines, ties to
-- the lowest key), countries seen, first and last invoice. A line of no country (key 0: a file without the column, or
-- the cell empty) names none: it neither outranks the customer's known country nor counts as one; a customer of such
-- lines only stays in the unknown country, seen in none.
UPDATE dw.dim_customer AS d
SET country_key = s.country_key,
    countries_count = s.countries_count,
    first_invoice_at = s.first_invoice_at,
    last_invoice_at = s.last_invoice_at
FROM (
    SELECT
        customer_key,
        min(country_key) FILTER (WHERE country_rank = 1) AS country_key,
        count(*) FILTER (WHERE country_key <> 0) AS countries_count,
        min(first_invoice_at) AS first_invoice_at,
        max(last_invoice_at) AS last_invoice_at
    FROM (
        SELECT
            customer_key,
            country_key,
            min(invoice_at) AS first_invoice_at,
            max(invoice_at) AS last_invoice_at,
            row_number() OVER (PARTITION BY customer_key ORDER BY country_key = 0, count(*) DESC, country_key) AS country_rank
        FROM dw.fact_sales
        WHERE customer_key IN (
            SELECT DISTINCT customer_key FROM dw.fact_sales
            WHERE batch_id BETWEEN $first_batch AND $last_batch AND customer_key <> 0
        )
        GROUP BY customer_key, country_key
    ) AS per_country
    GROUP BY customer_key
) AS s
WHERE d.customer_key = s.customer_key;
