-- Product dimension keyed by the normalised stock code, with its canonical description and class.
-- Text compares byte for byte (BIN2), as in DuckDB: codes and descriptions differing only by case stay distinct.
CREATE TABLE dw.dim_product (
    product_key           INT           NOT NULL CONSTRAINT pk_dim_product PRIMARY KEY,
    stock_code            NVARCHAR(20) COLLATE Latin1_General_100_BIN2 NOT NULL CONSTRAINT uq_dim_product_stock_code UNIQUE,
    description           NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NULL,
    description_variants  INT           NOT NULL,
    product_class         NVARCHAR(20)  NOT NULL,
    is_non_product        BIT           NOT NULL
);
