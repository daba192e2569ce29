-- Product dimension keyed by the normalised stock code, with its canonical description and class.
CREATE TABLE dw.dim_product (
    product_key           INT           NOT NULL CONSTRAINT pk_dim_product PRIMARY KEY,
    stock_code            NVARCHAR(20)  NOT NULL CONSTRAINT uq_dim_product_stock_code UNIQUE,
    description           NVARCHAR(200) NULL,
    description_variants  INT           NOT NULL,
    product_class         NVARCHAR(20)  NOT NULL,
    is_non_product        BIT           NOT NULL
);
