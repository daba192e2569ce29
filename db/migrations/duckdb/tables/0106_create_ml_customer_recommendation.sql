-- Next-best products per customer: products the customer has not bought, ranked, with where the score came from
-- ('rules', 'propensity' or 'blend') and the rule that justifies it.
CREATE TABLE ml.customer_recommendation (
    run_id               BIGINT            NOT NULL,
    customer_key         INTEGER       NOT NULL,
    recommendation_rank  INTEGER       NOT NULL,
    product_key          INTEGER       NOT NULL,
    stock_code           VARCHAR(20)   NOT NULL,
    description          VARCHAR(200)  NULL,
    score                DOUBLE        NOT NULL,
    source               VARCHAR(20)   NOT NULL,
    rule_id              INTEGER       NULL,
    PRIMARY KEY (run_id, customer_key, recommendation_rank)
);
