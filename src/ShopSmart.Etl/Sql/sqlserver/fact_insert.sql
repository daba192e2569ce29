-- Staged lines become facts: their texts and dimension keys looked up, duplicates flagged, clean sales marked.
-- Every row-level flag and the line hash were set by the loader (LineClassifier); the one rule left here needs the
-- other lines: a duplicate is a second or later line with the same hash in the file, or a line whose hash an earlier
-- batch already loaded (overlapping exports, the same data as csv and xlsx). A clean sale is a row-level sale that is
-- not a duplicate. The outlier flags are set next, over everything loaded, by outliers_refresh.
WITH batch_text AS (
    SELECT text_id, text_value FROM stg.text_value WHERE batch_id = @batch_id
),
product AS (
    SELECT t.text_id, p.product_key FROM batch_text AS t JOIN dw.dim_product AS p ON p.stock_code = t.text_value
),
customer AS (
    SELECT t.text_id, c.customer_key FROM batch_text AS t JOIN dw.dim_customer AS c ON c.customer_id = t.text_value
),
country AS (
    SELECT t.text_id, c.country_key FROM batch_text AS t JOIN dw.dim_country AS c ON c.country_name = t.text_value
),
earlier AS (
    SELECT DISTINCT line_hash
    FROM dw.fact_sales
    WHERE line_hash IN (SELECT line_hash FROM stg.sales_line WHERE batch_id = @batch_id)
),
staged AS (
    SELECT
        s.*,
        ROW_NUMBER() OVER (PARTITION BY s.line_hash ORDER BY s.source_sheet_text_id, s.source_row_number) AS copy_number,
        CASE WHEN e.line_hash IS NOT NULL THEN 1 ELSE 0 END AS is_earlier_copy
    FROM stg.sales_line AS s
    LEFT JOIN earlier AS e ON e.line_hash = s.line_hash
    WHERE s.batch_id = @batch_id
)
INSERT INTO dw.fact_sales (
    batch_id, source_sheet, source_row_number, invoice_no, invoice_at, date_key, customer_key, product_key, country_key,
    stock_code_raw, description_raw, quantity, unit_price, line_revenue,
    is_cancellation, is_bad_debt_adjustment, is_stock_adjustment, is_non_product, is_missing_customer,
    is_missing_description, is_zero_price, is_negative_price, is_duplicate, is_already_loaded, is_quantity_outlier, is_price_outlier,
    is_clean_sale, cancelled_sales_line_key, line_hash)
SELECT
    f.batch_id,
    sh.text_value,
    f.source_row_number,
    inv.text_value,
    f.invoice_at,
    f.date_key,
    ISNULL(cu.customer_key, 0),
    p.product_key,
    ISNULL(co.country_key, 0),
    sc.text_value,
    d.text_value,
    f.quantity,
    f.unit_price,
    f.quantity * f.unit_price,
    f.is_cancellation,
    f.is_bad_debt_adjustment,
    f.is_stock_adjustment,
    f.is_non_product,
    f.is_missing_customer,
    f.is_missing_description,
    f.is_zero_price,
    f.is_negative_price,
    CASE WHEN f.copy_number > 1 OR f.is_earlier_copy = 1 THEN 1 ELSE 0 END,
    f.is_earlier_copy,
    0,
    0,
    CASE WHEN f.is_sale = 1 AND f.copy_number = 1 AND f.is_earlier_copy = 0 THEN 1 ELSE 0 END,
    NULL,
    f.line_hash
FROM staged AS f
JOIN batch_text AS inv ON inv.text_id = f.invoice_text_id
JOIN batch_text AS sc ON sc.text_id = f.stock_code_raw_text_id
JOIN product AS p ON p.text_id = f.stock_code_text_id
LEFT JOIN batch_text AS d ON d.text_id = f.description_text_id
LEFT JOIN batch_text AS sh ON sh.text_id = f.source_sheet_text_id
LEFT JOIN customer AS cu ON cu.text_id = f.customer_text_id
LEFT JOIN country AS co ON co.text_id = f.country_text_id;
