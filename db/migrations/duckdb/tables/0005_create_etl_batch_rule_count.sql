-- Rows each cleaning rule flagged or routed, per batch: the data-quality ledger.
CREATE TABLE etl.batch_rule_count (
    batch_id      INTEGER     NOT NULL,
    rule_code     VARCHAR(40) NOT NULL,
    rows_matched  BIGINT      NOT NULL,
    PRIMARY KEY (batch_id, rule_code)
);
