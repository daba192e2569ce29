-- Staged lines become facts: keys looked up, duplicates and robust outliers flagged, clean sales marked.
-- A duplicate is a second or later exact copy within the file, or a line an earlier batch already loaded
-- (overlapping exports, the same data as csv and xlsx).
-- Outliers: modified z-score 0.6745 * |x - median| / MAD of log10 |quantity| and log10 price over the batch.
WITH staged AS (
    SELECT
        s.*,
        ROW_NUMBER() OVER (
            PARTITION BY invoice_no, stock_code_raw, description_raw, quantity, invoice_at, unit_price, customer_id, country
            ORDER BY source_sheet, source_row_number) AS copy_number,
        CASE
            WHEN EXISTS (
                SELECT 1
                FROM dw.v_sales_line_source AS e
                WHERE e.invoice_no = s.invoice_no
                  AND e.stock_code_raw = s.stock_code_raw
                  AND e.invoice_at = s.invoice_at
                  AND e.quantity = s.quantity
                  AND e.unit_price = s.unit_price
                  AND (e.description_raw = s.description_raw OR (e.description_raw IS NULL AND s.description_raw IS NULL))
                  AND (e.customer_id = s.customer_id OR (e.customer_id IS NULL AND s.customer_id IS NULL))
                  AND (e.country = s.country OR (e.country IS NULL AND s.country IS NULL))
            ) THEN 1
            ELSE 0
        END AS is_earlier_copy,
        CASE WHEN quantity <> 0 THEN LOG10(ABS(CAST(quantity AS FLOAT))) END AS log_quantity,
        CASE WHEN unit_price > 0 THEN LOG10(CAST(unit_price AS FLOAT)) END AS log_price
    FROM stg.sales_line AS s
    WHERE batch_id = @batch_id
),
centre AS (
    SELECT DISTINCT
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY log_quantity) OVER () AS median_quantity,
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY log_price) OVER () AS median_price
    FROM staged
),
deviation AS (
    SELECT ABS(s.log_quantity - c.median_quantity) AS dev_quantity, ABS(s.log_price - c.median_price) AS dev_price
    FROM staged AS s
    CROSS JOIN centre AS c
),
spread AS (
    SELECT DISTINCT
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY dev_quantity) OVER () AS mad_quantity,
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY dev_price) OVER () AS mad_price
    FROM deviation
),
flagged AS (
    SELECT
        s.*,
        CASE WHEN 0.6745 * ABS(s.log_quantity - c.median_quantity) / NULLIF(d.mad_quantity, 0) > @outlier_z THEN 1 ELSE 0 END AS is_quantity_outlier,
        CASE WHEN 0.6745 * ABS(s.log_price - c.median_price) / NULLIF(d.mad_price, 0) > @outlier_z THEN 1 ELSE 0 END AS is_price_outlier
    FROM staged AS s
    CROSS JOIN centre AS c
    CROSS JOIN spread AS d
)
INSERT INTO dw.fact_sales (
    batch_id, source_sheet, source_row_number, invoice_no, invoice_at, date_key, customer_key, product_key, country_key,
    stock_code_raw, description_raw, quantity, unit_price, line_revenue,
    is_cancellation, is_bad_debt_adjustment, is_stock_adjustment, is_non_product, is_missing_customer,
    is_missing_description, is_zero_price, is_negative_price, is_duplicate, is_already_loaded, is_quantity_outlier, is_price_outlier,
    is_clean_sale, cancelled_sales_line_key)
SELECT
    f.batch_id,
    f.source_sheet,
    f.source_row_number,
    f.invoice_no,
    f.invoice_at,
    YEAR(f.invoice_at) * 10000 + MONTH(f.invoice_at) * 100 + DAY(f.invoice_at),
    ISNULL(cu.customer_key, 0),
    p.product_key,
    ISNULL(co.country_key, 0),
    f.stock_code_raw,
    f.description_raw,
    f.quantity,
    f.unit_price,
    f.quantity * f.unit_price,
    f.is_cancellation,
    f.is_bad_debt_adjustment,
    f.is_stock_adjustment,
    p.is_non_product,
    CASE WHEN f.customer_id IS NULL THEN 1 ELSE 0 END,
    CASE WHEN f.description_raw IS NULL THEN 1 ELSE 0 END,
    CASE WHEN f.unit_price = 0 THEN 1 ELSE 0 END,
    CASE WHEN f.unit_price < 0 THEN 1 ELSE 0 END,
    CASE WHEN f.copy_number > 1 OR f.is_earlier_copy = 1 THEN 1 ELSE 0 END,
    f.is_earlier_copy,
    f.is_quantity_outlier,
    f.is_price_outlier,
    CASE
        WHEN f.is_cancellation = 0 AND f.is_bad_debt_adjustment = 0 AND f.is_stock_adjustment = 0 AND p.is_non_product = 0
             AND f.copy_number = 1 AND f.is_earlier_copy = 0 AND f.quantity > 0 AND f.unit_price > 0 THEN 1
        ELSE 0
    END,
    NULL
FROM flagged AS f
JOIN dw.dim_product AS p ON p.stock_code = f.stock_code
LEFT JOIN dw.dim_customer AS cu ON cu.customer_id = f.customer_id
LEFT JOIN dw.dim_country AS co ON co.country_name = f.country;
