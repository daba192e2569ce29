-- The keys of the facts without a line hash, first and last, for the backfill to hash them a range at a time.
SELECT min(sales_line_key) AS First, max(sales_line_key) AS Last
FROM dw.fact_sales
WHERE line_hash IS NULL;
