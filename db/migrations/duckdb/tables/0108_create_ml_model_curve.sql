-- Series behind the model charts, as data: ROC and precision-recall points, lift/capture and calibration by
-- decile, predicted vs actual, k-selection (silhouette by k), the BG/NBD fit checks and frequency-recency
-- matrices. One row per point: (x, y), a third value for matrices, and a label where a point has one.
CREATE TABLE ml.model_curve (
    run_id       BIGINT        NOT NULL,
    model        VARCHAR(40)   NOT NULL,
    curve        VARCHAR(40)   NOT NULL,
    series       VARCHAR(60)   NOT NULL,
    point_index  INTEGER       NOT NULL,
    x            DOUBLE        NULL,
    y            DOUBLE        NULL,
    value        DOUBLE        NULL,
    label        VARCHAR(100)  NULL,
    PRIMARY KEY (run_id, model, curve, series, point_index)
);
