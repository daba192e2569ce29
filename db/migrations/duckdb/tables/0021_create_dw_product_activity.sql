-- What each product has sold (dw.v_product_activity, the one definition), kept as a table so that
-- mart.v_product_performance does not recount every sale line each time it is read (distinct invoices and customers
-- per product: ~3.5 s at 10 M lines, read by the workbook, the report and BI). Rewritten like dw.customer_activity:
-- inside each load and unload (product_activity_clear, product_activity_insert), and by derived/ when a view changes.
CREATE TABLE dw.product_activity (
    product_key               INTEGER        NOT NULL,
    revenue                   DECIMAL(38, 4) NOT NULL,
    cancellation_value        DECIMAL(38, 4) NOT NULL,
    units                     BIGINT         NOT NULL,
    orders                    BIGINT         NOT NULL,
    customers                 BIGINT         NOT NULL
);
