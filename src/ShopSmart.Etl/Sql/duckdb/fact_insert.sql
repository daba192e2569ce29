-- Staged lines become facts: keys looked up, duplicates and robust outliers flagged, clean sales marked.
-- A duplicate is a second or later exact copy within the file, or a line an earlier batch already loaded
-- (overlapping exports, the same data as csv and xlsx).
-- Outliers: modified z-score 0.6745 * |x - median| / MAD of log10 |quantity| and log10 price over the batch.
INSERT INTO dw.fact_sales (
    batch_id, source_sheet, source_row_number, invoice_no, invoice_at, date_key, customer_key, product_key, country_key,
    stock_code_raw, description_raw, quantity, unit_price, line_revenue,
    is_cancellation, is_bad_debt_adjustment, is_stock_adjustment, is_non_product, is_missing_customer,
    is_missing_description, is_zero_price, is_negative_price, is_duplicate, is_already_loaded, is_quantity_outlier, is_price_outlier,
    is_clean_sale, cancelled_sales_line_key)
WITH earlier AS (
    -- Source values of lines already loaded that share an invoice number with this batch (usually none).
    SELECT DISTINCT invoice_no, stock_code_raw, invoice_at, quantity, unit_price, description_raw, customer_id, country
    FROM dw.v_sales_line_source
    WHERE invoice_no IN (SELECT invoice_no FROM stg.sales_line WHERE batch_id = $batch_id)
),
staged AS (
    SELECT
        s.*,
        row_number() OVER (
            PARTITION BY s.invoice_no, s.stock_code_raw, s.description_raw, s.quantity, s.invoice_at, s.unit_price, s.customer_id, s.country
            ORDER BY s.source_sheet, s.source_row_number) AS copy_number,
        e.invoice_no IS NOT NULL AS is_earlier_copy,
        CASE WHEN s.quantity <> 0 THEN log10(abs(s.quantity)) END AS log_quantity,
        CASE WHEN s.unit_price > 0 THEN log10(s.unit_price) END AS log_price
    FROM stg.sales_line AS s
    LEFT JOIN earlier AS e
        ON e.invoice_no = s.invoice_no
       AND e.stock_code_raw = s.stock_code_raw
       AND e.invoice_at = s.invoice_at
       AND e.quantity = s.quantity
       AND e.unit_price = s.unit_price
       AND e.description_raw IS NOT DISTINCT FROM s.description_raw
       AND e.customer_id IS NOT DISTINCT FROM s.customer_id
       AND e.country IS NOT DISTINCT FROM s.country
    WHERE s.batch_id = $batch_id
),
centre AS (
    SELECT median(log_quantity) AS median_quantity, median(log_price) AS median_price
    FROM staged
),
spread AS (
    SELECT
        median(abs(log_quantity - c.median_quantity)) AS mad_quantity,
        median(abs(log_price - c.median_price)) AS mad_price
    FROM staged
    CROSS JOIN centre AS c
),
flagged AS (
    SELECT
        s.*,
        coalesce(0.6745 * abs(s.log_quantity - c.median_quantity) / nullif(d.mad_quantity, 0) > $outlier_z, false) AS is_quantity_outlier,
        coalesce(0.6745 * abs(s.log_price - c.median_price) / nullif(d.mad_price, 0) > $outlier_z, false) AS is_price_outlier
    FROM staged AS s
    CROSS JOIN centre AS c
    CROSS JOIN spread AS d
)
SELECT
    f.batch_id,
    f.source_sheet,
    f.source_row_number,
    f.invoice_no,
    f.invoice_at,
    CAST(strftime(f.invoice_at, '%Y%m%d') AS INTEGER),
    coalesce(cu.customer_key, 0),
    p.product_key,
    coalesce(co.country_key, 0),
    f.stock_code_raw,
    f.description_raw,
    f.quantity,
    f.unit_price,
    f.quantity * f.unit_price,
    f.is_cancellation,
    f.is_bad_debt_adjustment,
    f.is_stock_adjustment,
    p.is_non_product,
    f.customer_id IS NULL,
    f.description_raw IS NULL,
    f.unit_price = 0,
    f.unit_price < 0,
    f.copy_number > 1 OR f.is_earlier_copy,
    f.is_earlier_copy,
    f.is_quantity_outlier,
    f.is_price_outlier,
    NOT f.is_cancellation AND NOT f.is_bad_debt_adjustment AND NOT f.is_stock_adjustment AND NOT p.is_non_product
        AND f.copy_number = 1 AND NOT f.is_earlier_copy AND f.quantity > 0 AND f.unit_price > 0,
    NULL
FROM flagged AS f
JOIN dw.dim_product AS p ON p.stock_code = f.stock_code
LEFT JOIN dw.dim_customer AS cu ON cu.customer_id = f.customer_id
LEFT JOIN dw.dim_country AS co ON co.country_name = f.country;
