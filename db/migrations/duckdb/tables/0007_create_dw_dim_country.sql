-- Country dimension; key 0 is the unknown member for lines without a country.
CREATE TABLE dw.dim_country (
    country_key   INTEGER      NOT NULL PRIMARY KEY,
    country_name  VARCHAR(100) NOT NULL UNIQUE
);

INSERT INTO dw.dim_country (country_key, country_name) VALUES (0, '(unknown)');
