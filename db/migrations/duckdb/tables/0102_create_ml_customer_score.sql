-- Per known customer and run: segment, cluster and the models' predictions for the next horizon_days from the
-- scoring cut-off (P(buy), churn = 1 - P(buy), spend), and the BG/NBD + Gamma-Gamma figures (CLV over 12 months).
CREATE TABLE ml.customer_score (
    run_id                BIGINT       NOT NULL,
    customer_key          INTEGER      NOT NULL,
    customer_id           VARCHAR(20)  NOT NULL,
    rfm_segment           VARCHAR(30)  NULL,
    cluster_id            INTEGER      NULL,
    cluster_name          VARCHAR(60)  NULL,
    p_buy                 DOUBLE       NULL,
    churn_probability     DOUBLE       NULL,
    predicted_spend       DOUBLE       NULL,
    expected_purchases    DOUBLE       NULL,
    p_alive               DOUBLE       NULL,
    expected_order_value  DOUBLE       NULL,
    clv                   DOUBLE       NULL,
    PRIMARY KEY (run_id, customer_key)
);
