-- Data-quality profile of one batch's facts: size, date range, distinct entities, missing values.
SELECT
    COUNT_BIG(*) AS Lines,
    COUNT_BIG(DISTINCT invoice_no) AS Invoices,
    COUNT_BIG(DISTINCT CASE WHEN customer_key <> 0 THEN customer_key END) AS Customers,
    COUNT_BIG(DISTINCT product_key) AS Products,
    COUNT_BIG(DISTINCT CASE WHEN country_key <> 0 THEN country_key END) AS Countries,
    MIN(invoice_at) AS FirstInvoiceAt,
    MAX(invoice_at) AS LastInvoiceAt,
    COUNT_BIG(CASE WHEN is_missing_description = 1 THEN 1 END) AS MissingDescription,
    COUNT_BIG(CASE WHEN is_missing_customer = 1 THEN 1 END) AS MissingCustomer,
    COUNT_BIG(CASE WHEN country_key = 0 THEN 1 END) AS MissingCountry
FROM dw.fact_sales
WHERE batch_id = @batch_id;
