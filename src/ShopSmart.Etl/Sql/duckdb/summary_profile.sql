-- Data-quality profile of one batch's facts: size, date range, distinct entities, missing values.
SELECT
    count(*) AS Lines,
    count(DISTINCT invoice_no) AS Invoices,
    count(DISTINCT customer_key) FILTER (WHERE customer_key <> 0) AS Customers,
    count(DISTINCT product_key) AS Products,
    count(DISTINCT country_key) FILTER (WHERE country_key <> 0) AS Countries,
    min(invoice_at) AS FirstInvoiceAt,
    max(invoice_at) AS LastInvoiceAt,
    count(*) FILTER (WHERE is_missing_description) AS MissingDescription,
    count(*) FILTER (WHERE is_missing_customer) AS MissingCustomer,
    count(*) FILTER (WHERE country_key = 0) AS MissingCountry
FROM dw.fact_sales
WHERE batch_id = $batch_id;
