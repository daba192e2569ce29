-- Hold-out metrics of every candidate of a model: the model itself and each baseline (is_baseline), per scope
-- ('all', 'pooled', a product's stock code, 'k=5'...). The model-vs-baseline table is a pivot of these rows.
CREATE TABLE ml.model_metric (
    run_id       BIGINT        NOT NULL,
    model        NVARCHAR(40)  NOT NULL,
    scope        NVARCHAR(60)  COLLATE Latin1_General_100_BIN2 NOT NULL,
    candidate    NVARCHAR(60)  NOT NULL,
    is_baseline  BIT           NOT NULL,
    metric       NVARCHAR(40)  NOT NULL,
    value        FLOAT         NULL,
    CONSTRAINT pk_model_metric PRIMARY KEY (run_id, model, scope, candidate, metric)
);
