-- Market-basket rules over invoices of clean sales: antecedent products (1-2, listed by key, code and
-- description) -> one consequent product, with support, confidence, lift, leverage and conviction.
CREATE TABLE ml.association_rule (
    run_id                   BIGINT         NOT NULL,
    rule_id                  INTEGER        NOT NULL,
    antecedent_keys          VARCHAR(100)   NOT NULL,
    antecedent_codes         VARCHAR(100)   NOT NULL,
    antecedent_descriptions  VARCHAR(1000)  NULL,
    antecedent_size          INTEGER        NOT NULL,
    consequent_key           INTEGER        NOT NULL,
    consequent_code          VARCHAR(20)    NOT NULL,
    consequent_description   VARCHAR(200)   NULL,
    invoices                 INTEGER        NOT NULL,
    support                  DOUBLE         NOT NULL,
    confidence               DOUBLE         NOT NULL,
    lift                     DOUBLE         NOT NULL,
    leverage                 DOUBLE         NOT NULL,
    conviction               DOUBLE         NULL,
    PRIMARY KEY (run_id, rule_id)
);
