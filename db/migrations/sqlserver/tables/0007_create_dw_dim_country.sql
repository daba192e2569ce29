-- Country dimension; key 0 is the unknown member for lines without a country.
-- Text compares byte for byte (BIN2), as in DuckDB: codes and descriptions differing only by case stay distinct.
CREATE TABLE dw.dim_country (
    country_key   INT           NOT NULL CONSTRAINT pk_dim_country PRIMARY KEY,
    country_name  NVARCHAR(100) COLLATE Latin1_General_100_BIN2 NOT NULL CONSTRAINT uq_dim_country_name UNIQUE
);

INSERT INTO dw.dim_country (country_key, country_name) VALUES (0, N'(unknown)');
