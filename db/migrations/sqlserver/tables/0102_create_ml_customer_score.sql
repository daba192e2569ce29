-- Per known customer and run: segment, cluster and the models' predictions for the next horizon_days from the
-- scoring cut-off (P(buy), churn = 1 - P(buy), spend), and the BG/NBD + Gamma-Gamma figures (CLV over 12 months).
CREATE TABLE ml.customer_score (
    run_id                BIGINT        NOT NULL,
    customer_key          INT           NOT NULL,
    customer_id           NVARCHAR(20)  COLLATE Latin1_General_100_BIN2 NOT NULL,
    rfm_segment           NVARCHAR(30)  NULL,
    cluster_id            INT           NULL,
    cluster_name          NVARCHAR(60)  NULL,
    p_buy                 FLOAT         NULL,
    churn_probability     FLOAT         NULL,
    predicted_spend       FLOAT         NULL,
    expected_purchases    FLOAT         NULL,
    p_alive               FLOAT         NULL,
    expected_order_value  FLOAT         NULL,
    clv                   FLOAT         NULL,
    CONSTRAINT pk_customer_score PRIMARY KEY (run_id, customer_key)
);
