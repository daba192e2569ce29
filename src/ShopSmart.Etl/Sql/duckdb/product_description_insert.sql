-- Every trimmed description of the products of the batches in range, with its line count. The canonical one is the
-- description on most priced lines (unit price > 0, so stock notes such as "damaged" do not win), then on most lines,
-- then the most recently used, then the first alphabetically. Trimmed of spaces only, as SQL Server's TRIM and the
-- loader's DESCRIPTION_UNTRIMMED flag (DuckDB's trim() alone would also strip no-break and other Unicode spaces).
-- Lines are first counted per product and description as written (a few thousand groups), then trimmed and added up:
-- trimming every line before grouping cost most of the statement (10 M lines: ~7 s).
INSERT INTO dw.dim_product_description (product_key, description, line_count, last_seen_at, is_canonical)
WITH written AS (
    SELECT
        product_key,
        description_raw,
        count(*) AS line_count,
        count(*) FILTER (WHERE unit_price > 0) AS priced_count,
        max(invoice_at) AS last_seen_at
    FROM dw.fact_sales
    WHERE product_key IN (
        SELECT DISTINCT product_key FROM dw.fact_sales
        WHERE batch_id BETWEEN $first_batch AND $last_batch
    )
      AND description_raw IS NOT NULL
    GROUP BY product_key, description_raw
),
trimmed AS (
    SELECT
        product_key,
        trim(description_raw, ' ') AS description,
        sum(line_count) AS line_count,
        sum(priced_count) AS priced_count,
        max(last_seen_at) AS last_seen_at
    FROM written
    WHERE trim(description_raw, ' ') <> ''
    GROUP BY product_key, trim(description_raw, ' ')
)
SELECT
    product_key,
    description,
    line_count,
    last_seen_at,
    row_number() OVER (
        PARTITION BY product_key ORDER BY priced_count DESC, line_count DESC, last_seen_at DESC, description
    ) = 1
FROM trimmed;
