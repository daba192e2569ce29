-- Profile of every RFM segment and k-means cluster of a run: size, revenue share and mean features in original
-- units; for clusters, the name given by the naming rule and the rule's reason.
CREATE TABLE ml.segment_profile (
    run_id             BIGINT         NOT NULL,
    segmentation       NVARCHAR(20)   NOT NULL,
    segment_id         INT            NOT NULL,
    segment_name       NVARCHAR(60)   NOT NULL,
    naming_reason      NVARCHAR(400)  NULL,
    customers          INT            NOT NULL,
    customer_share     FLOAT          NOT NULL,
    revenue            FLOAT          NOT NULL,
    revenue_share      FLOAT          NULL,
    recency_days       FLOAT          NULL,
    frequency          FLOAT          NULL,
    monetary           FLOAT          NULL,
    avg_basket         FLOAT          NULL,
    tenure_days        FLOAT          NULL,
    distinct_products  FLOAT          NULL,
    return_rate        FLOAT          NULL,
    p_buy              FLOAT          NULL,
    clv                FLOAT          NULL,
    CONSTRAINT pk_segment_profile PRIMARY KEY (run_id, segmentation, segment_id)
);
