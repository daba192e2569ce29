-- Product propensity: P(customer buys the product in the next horizon_days) for the products modelled, with
-- whether the customer bought it before the cut-off and the product's rank among that customer's scores.
CREATE TABLE ml.customer_product_score (
    run_id         BIGINT        NOT NULL,
    customer_key   INT           NOT NULL,
    product_key    INT           NOT NULL,
    stock_code     NVARCHAR(20)  COLLATE Latin1_General_100_BIN2 NOT NULL,
    p_buy          FLOAT         NOT NULL,
    bought_before  BIT           NOT NULL,
    product_rank   INT           NOT NULL,
    CONSTRAINT pk_customer_product_score PRIMARY KEY (run_id, customer_key, product_key)
);
