-- The distinct texts of one batch (invoice numbers, stock codes, descriptions, customers, countries, sheets, product
-- classes), each once with the id stg.sales_line carries. Id 0 is "no value" (text_value NULL), so every text of a
-- line is found by an inner join.
-- Text compares byte for byte (BIN2), as in DuckDB and as the dimensions it is joined to.
CREATE TABLE stg.text_value (
    batch_id    INT           NOT NULL,
    text_id     INT           NOT NULL,
    text_value  NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NULL,
    CONSTRAINT pk_stg_text_value PRIMARY KEY (batch_id, text_id)
);
