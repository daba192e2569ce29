-- Each loaded line with its source values as the file wrote them (customer and country back from their keys): what
-- the loader hashes (LineHash) for lines loaded before dw.fact_sales stored their hash.
CREATE OR ALTER VIEW dw.v_sales_line_source
AS
SELECT
    f.sales_line_key,
    f.batch_id,
    f.invoice_no,
    f.stock_code_raw,
    f.description_raw,
    f.quantity,
    f.invoice_at,
    f.unit_price,
    CASE WHEN f.customer_key = 0 THEN NULL ELSE c.customer_id END AS customer_id,
    CASE WHEN f.country_key = 0 THEN NULL ELSE co.country_name END AS country
FROM dw.fact_sales AS f
JOIN dw.dim_customer AS c ON c.customer_key = f.customer_key
JOIN dw.dim_country AS co ON co.country_key = f.country_key;
