-- Every description seen for a product, with usage counts; the canonical one is marked.
CREATE TABLE dw.dim_product_description (
    product_key    INTEGER      NOT NULL,
    description    VARCHAR(200) NOT NULL,
    line_count     BIGINT       NOT NULL,
    last_seen_at   TIMESTAMP    NOT NULL,
    is_canonical   BOOLEAN      NOT NULL,
    PRIMARY KEY (product_key, description)
);
