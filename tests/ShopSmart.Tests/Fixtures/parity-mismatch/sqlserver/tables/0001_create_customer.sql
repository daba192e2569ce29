-- Parity fixture: T-SQL side lacks loyalty_tier.
CREATE TABLE dw.customer (
    customer_key INT NOT NULL,
    customer_id NVARCHAR(20) NOT NULL
);
