-- The first key at or after $from_key of a fact without a line hash (NULL when none is left), for the backfill to hash
-- them a range of keys at a time, going straight to the next one (keys may lie far apart).
SELECT min(sales_line_key)
FROM dw.fact_sales
WHERE line_hash IS NULL
  AND sales_line_key >= $from_key;
