-- Series behind the model charts, as data: ROC and precision-recall points, lift/capture and calibration by
-- decile, predicted vs actual, k-selection (silhouette by k), the BG/NBD fit checks and frequency-recency
-- matrices. One row per point: (x, y), a third value for matrices, and a label where a point has one.
CREATE TABLE ml.model_curve (
    run_id       BIGINT         NOT NULL,
    model        NVARCHAR(40)   NOT NULL,
    curve        NVARCHAR(40)   NOT NULL,
    series       NVARCHAR(60)   NOT NULL,
    point_index  INT            NOT NULL,
    x            FLOAT          NULL,
    y            FLOAT          NULL,
    value        FLOAT          NULL,
    label        NVARCHAR(100)  NULL,
    CONSTRAINT pk_model_curve PRIMARY KEY (run_id, model, curve, series, point_index)
);
