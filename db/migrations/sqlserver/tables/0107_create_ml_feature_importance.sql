-- Permutation feature importance on the hold-out: how much the model's metric drops when a feature is shuffled.
CREATE TABLE ml.feature_importance (
    run_id           BIGINT        NOT NULL,
    model            NVARCHAR(40)  NOT NULL,
    feature          NVARCHAR(60)  NOT NULL,
    metric           NVARCHAR(40)  NOT NULL,
    importance       FLOAT         NOT NULL,
    importance_std   FLOAT         NULL,
    importance_rank  INT           NOT NULL,
    CONSTRAINT pk_feature_importance PRIMARY KEY (run_id, model, feature)
);
