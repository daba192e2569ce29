-- Product propensity: P(customer buys the product in the next horizon_days) for the products modelled, with
-- whether the customer bought it before the cut-off and the product's rank among that customer's scores.
CREATE TABLE ml.customer_product_score (
    run_id         BIGINT       NOT NULL,
    customer_key   INTEGER      NOT NULL,
    product_key    INTEGER      NOT NULL,
    stock_code     VARCHAR(20)  NOT NULL,
    p_buy          DOUBLE       NOT NULL,
    bought_before  BOOLEAN      NOT NULL,
    product_rank   INTEGER      NOT NULL,
    PRIMARY KEY (run_id, customer_key, product_key)
);
