-- Permutation feature importance on the hold-out: how much the model's metric drops when a feature is shuffled.
CREATE TABLE ml.feature_importance (
    run_id           BIGINT       NOT NULL,
    model            VARCHAR(40)  NOT NULL,
    feature          VARCHAR(60)  NOT NULL,
    metric           VARCHAR(40)  NOT NULL,
    importance       DOUBLE       NOT NULL,
    importance_std   DOUBLE       NULL,
    importance_rank  INTEGER      NOT NULL,
    PRIMARY KEY (run_id, model, feature)
);
