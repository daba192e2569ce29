-- Country dimension; key 0 is the unknown member for lines without a country.
CREATE TABLE dw.dim_country (
    country_key   INT           NOT NULL CONSTRAINT pk_dim_country PRIMARY KEY,
    country_name  NVARCHAR(100) NOT NULL CONSTRAINT uq_dim_country_name UNIQUE
);

INSERT INTO dw.dim_country (country_key, country_name) VALUES (0, N'(unknown)');
