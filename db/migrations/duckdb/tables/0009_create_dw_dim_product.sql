-- Product dimension keyed by the normalised stock code, with its canonical description and class.
CREATE TABLE dw.dim_product (
    product_key           INTEGER      NOT NULL PRIMARY KEY,
    stock_code            VARCHAR(20)  NOT NULL UNIQUE,
    description           VARCHAR(200) NULL,
    description_variants  INTEGER      NOT NULL,
    product_class         VARCHAR(20)  NOT NULL,
    is_non_product        BOOLEAN      NOT NULL
);
