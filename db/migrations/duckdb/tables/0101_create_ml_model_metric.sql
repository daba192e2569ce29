-- Hold-out metrics of every candidate of a model: the model itself and each baseline (is_baseline), per scope
-- ('all', 'pooled', a product's stock code, 'k=5'...). The model-vs-baseline table is a pivot of these rows.
CREATE TABLE ml.model_metric (
    run_id       BIGINT       NOT NULL,
    model        VARCHAR(40)  NOT NULL,
    scope        VARCHAR(60)  NOT NULL,
    candidate    VARCHAR(60)  NOT NULL,
    is_baseline  BOOLEAN      NOT NULL,
    metric       VARCHAR(40)  NOT NULL,
    value        DOUBLE       NULL,
    PRIMARY KEY (run_id, model, scope, candidate, metric)
);
