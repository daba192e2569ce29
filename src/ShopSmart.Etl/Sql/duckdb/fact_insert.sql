-- Staged lines become facts: their texts and dimension keys looked up, duplicates flagged, clean sales marked.
-- Every row-level flag and the line hash were set by the loader (LineClassifier; the flags arrive as the bits of
-- LineFlags); the one rule left here needs the other lines: a duplicate is a later line (in file order) with the same
-- hash as another line of the file, or a line whose hash an earlier batch already loaded (overlapping exports, the same
-- data as csv and xlsx). A clean sale is a row-level sale (bit 256) that is not a duplicate. The outlier flags are set
-- next, over everything loaded, by outliers_refresh.
-- The joins run in the order written, each building its hash table on the small side written on its right (texts,
-- the few duplicated hashes, dimensions): left to choose, DuckDB's join orderer misjudged the staged lines' size and
-- built on the half-million lines instead (twice as slow, 150 MB more). Id 0 is "no value", so every join is inner.
SET disabled_optimizers = 'join_order';

INSERT INTO dw.fact_sales (
    batch_id, source_sheet, source_row_number, invoice_no, invoice_at, date_key, customer_key, product_key, country_key,
    stock_code_raw, description_raw, quantity, unit_price, line_revenue,
    is_cancellation, is_bad_debt_adjustment, is_stock_adjustment, is_non_product, is_missing_customer,
    is_missing_description, is_zero_price, is_negative_price, is_duplicate, is_already_loaded, is_quantity_outlier, is_price_outlier,
    is_clean_sale, cancelled_sales_line_key, line_hash)
WITH lines AS (
    SELECT
        s.*,
        CAST(s.source_sheet_text_id AS BIGINT) * 1099511627776 + s.source_row_number AS file_position,
        sh.text_value AS source_sheet,
        inv.text_value AS invoice_no,
        sc.text_value AS stock_code_raw,
        d.text_value AS description_raw
    FROM stg.sales_line AS s
    JOIN stg.text_value AS inv ON inv.batch_id = s.batch_id AND inv.text_id = s.invoice_text_id
    JOIN stg.text_value AS sc ON sc.batch_id = s.batch_id AND sc.text_id = s.stock_code_raw_text_id
    JOIN stg.text_value AS d ON d.batch_id = s.batch_id AND d.text_id = s.description_text_id
    JOIN stg.text_value AS sh ON sh.batch_id = s.batch_id AND sh.text_id = s.source_sheet_text_id
    WHERE s.batch_id = $batch_id
),
copies AS (
    SELECT line_hash, min(CAST(source_sheet_text_id AS BIGINT) * 1099511627776 + source_row_number) AS first_position
    FROM stg.sales_line
    WHERE batch_id = $batch_id
    GROUP BY line_hash
    HAVING count(*) > 1
),
earlier AS (
    SELECT DISTINCT line_hash
    FROM dw.fact_sales
    WHERE line_hash IN (SELECT line_hash FROM stg.sales_line WHERE batch_id = $batch_id)
),
staged AS (
    SELECT
        l.*,
        coalesce(l.file_position > c.first_position, false) AS is_later_copy,
        e.line_hash IS NOT NULL AS is_earlier_copy
    FROM lines AS l
    LEFT JOIN copies AS c ON c.line_hash = l.line_hash
    LEFT JOIN earlier AS e ON e.line_hash = l.line_hash
),
product AS (
    SELECT t.text_id, p.product_key
    FROM stg.text_value AS t
    JOIN dw.dim_product AS p ON p.stock_code = t.text_value
    WHERE t.batch_id = $batch_id
),
customer AS (
    SELECT t.text_id, c.customer_key
    FROM stg.text_value AS t
    JOIN dw.dim_customer AS c ON c.customer_id = t.text_value
    WHERE t.batch_id = $batch_id
),
country AS (
    SELECT t.text_id, c.country_key
    FROM stg.text_value AS t
    JOIN dw.dim_country AS c ON c.country_name = t.text_value
    WHERE t.batch_id = $batch_id
)
SELECT
    f.batch_id,
    f.source_sheet,
    f.source_row_number,
    f.invoice_no,
    f.invoice_at,
    CAST(year(f.invoice_at) * 10000 + month(f.invoice_at) * 100 + day(f.invoice_at) AS INTEGER),
    coalesce(cu.customer_key, 0),
    p.product_key,
    coalesce(co.country_key, 0),
    f.stock_code_raw,
    f.description_raw,
    f.quantity,
    f.unit_price,
    f.quantity * f.unit_price,
    (f.flags & 1) <> 0,
    (f.flags & 2) <> 0,
    (f.flags & 4) <> 0,
    (f.flags & 8) <> 0,
    (f.flags & 16) <> 0,
    (f.flags & 32) <> 0,
    (f.flags & 64) <> 0,
    (f.flags & 128) <> 0,
    f.is_later_copy OR f.is_earlier_copy,
    f.is_earlier_copy,
    false,
    false,
    (f.flags & 256) <> 0 AND NOT f.is_later_copy AND NOT f.is_earlier_copy,
    NULL,
    f.line_hash
FROM staged AS f
JOIN product AS p ON p.text_id = f.stock_code_text_id
LEFT JOIN customer AS cu ON cu.text_id = f.customer_text_id
LEFT JOIN country AS co ON co.text_id = f.country_text_id;

RESET disabled_optimizers;
