-- Source values of facts without a line hash (loaded before hashes were stored, or handed back by a migration when the
-- hash's definition changed), for the loader to hash; one range of keys at a time (usually none).
SELECT
    s.sales_line_key AS SalesLineKey,
    s.invoice_no AS InvoiceNo,
    s.stock_code_raw AS StockCodeRaw,
    s.description_raw AS DescriptionRaw,
    s.quantity AS Quantity,
    s.invoice_at AS InvoiceAt,
    s.unit_price AS UnitPrice,
    s.customer_id AS CustomerId,
    s.country AS Country
FROM dw.v_sales_line_source AS s
WHERE s.sales_line_key BETWEEN @first_key AND @last_key
  AND s.sales_line_key IN (
      SELECT f.sales_line_key
      FROM dw.fact_sales AS f
      WHERE f.line_hash IS NULL
        AND f.sales_line_key BETWEEN @first_key AND @last_key);
