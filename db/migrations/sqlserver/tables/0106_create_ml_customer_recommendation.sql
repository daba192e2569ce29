-- Next-best products per customer: products the customer has not bought, ranked, with where the score came from
-- ('rules', 'propensity' or 'blend') and the rule that justifies it.
CREATE TABLE ml.customer_recommendation (
    run_id               BIGINT         NOT NULL,
    customer_key         INT            NOT NULL,
    recommendation_rank  INT            NOT NULL,
    product_key          INT            NOT NULL,
    stock_code           NVARCHAR(20)   COLLATE Latin1_General_100_BIN2 NOT NULL,
    description          NVARCHAR(200)  COLLATE Latin1_General_100_BIN2 NULL,
    score                FLOAT          NOT NULL,
    source               NVARCHAR(20)   NOT NULL,
    rule_id              INT            NULL,
    CONSTRAINT pk_customer_recommendation PRIMARY KEY (run_id, customer_key, recommendation_rank)
);
