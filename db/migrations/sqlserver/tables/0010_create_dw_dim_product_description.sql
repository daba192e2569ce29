-- Every description seen for a product, with usage counts; the canonical one is marked.
-- Text compares byte for byte (BIN2), as in DuckDB: codes and descriptions differing only by case stay distinct.
CREATE TABLE dw.dim_product_description (
    product_key    INT           NOT NULL CONSTRAINT fk_dim_product_description_product REFERENCES dw.dim_product (product_key),
    description    NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    line_count     BIGINT        NOT NULL,
    last_seen_at   DATETIME2(0)  NOT NULL,
    is_canonical   BIT           NOT NULL,
    CONSTRAINT pk_dim_product_description PRIMARY KEY (product_key, description)
);
