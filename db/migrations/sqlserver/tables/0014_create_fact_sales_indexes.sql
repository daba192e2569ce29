-- Batch replacement deletes by batch; cancellation linking and RFM seek by customer and product.
CREATE NONCLUSTERED INDEX ix_fact_sales_batch ON dw.fact_sales (batch_id);

CREATE NONCLUSTERED INDEX ix_fact_sales_customer_product
    ON dw.fact_sales (customer_key, product_key, invoice_at)
    INCLUDE (quantity, is_cancellation);
