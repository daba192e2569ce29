-- Profile of every RFM segment and k-means cluster of a run: size, revenue share and mean features in original
-- units; for clusters, the name given by the naming rule and the rule's reason.
CREATE TABLE ml.segment_profile (
    run_id             BIGINT        NOT NULL,
    segmentation       VARCHAR(20)   NOT NULL,
    segment_id         INTEGER       NOT NULL,
    segment_name       VARCHAR(60)   NOT NULL,
    naming_reason      VARCHAR(400)  NULL,
    customers          INTEGER       NOT NULL,
    customer_share     DOUBLE        NOT NULL,
    revenue            DOUBLE        NOT NULL,
    revenue_share      DOUBLE        NULL,
    recency_days       DOUBLE        NULL,
    frequency          DOUBLE        NULL,
    monetary           DOUBLE        NULL,
    avg_basket         DOUBLE        NULL,
    tenure_days        DOUBLE        NULL,
    distinct_products  DOUBLE        NULL,
    return_rate        DOUBLE        NULL,
    p_buy              DOUBLE        NULL,
    clv                DOUBLE        NULL,
    PRIMARY KEY (run_id, segmentation, segment_id)
);
