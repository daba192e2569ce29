-- Rows each cleaning rule flagged or routed, per batch: the data-quality ledger.
CREATE TABLE etl.batch_rule_count (
    batch_id      INT          NOT NULL CONSTRAINT fk_batch_rule_count_batch REFERENCES etl.batch (batch_id),
    rule_code     NVARCHAR(40) NOT NULL,
    rows_matched  BIGINT       NOT NULL,
    CONSTRAINT pk_batch_rule_count PRIMARY KEY (batch_id, rule_code)
);
