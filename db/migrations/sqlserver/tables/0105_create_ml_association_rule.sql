-- Market-basket rules over invoices of clean sales: antecedent products (1-2, listed by key, code and
-- description) -> one consequent product, with support, confidence, lift, leverage and conviction.
CREATE TABLE ml.association_rule (
    run_id                   BIGINT          NOT NULL,
    rule_id                  INT             NOT NULL,
    antecedent_keys          NVARCHAR(100)   NOT NULL,
    antecedent_codes         NVARCHAR(100)   COLLATE Latin1_General_100_BIN2 NOT NULL,
    antecedent_descriptions  NVARCHAR(1000)  NULL,
    antecedent_size          INT             NOT NULL,
    consequent_key           INT             NOT NULL,
    consequent_code          NVARCHAR(20)    COLLATE Latin1_General_100_BIN2 NOT NULL,
    consequent_description   NVARCHAR(200)   NULL,
    invoices                 INT             NOT NULL,
    support                  FLOAT           NOT NULL,
    confidence               FLOAT           NOT NULL,
    lift                     FLOAT           NOT NULL,
    leverage                 FLOAT           NOT NULL,
    conviction               FLOAT           NULL,
    CONSTRAINT pk_association_rule PRIMARY KEY (run_id, rule_id)
);
