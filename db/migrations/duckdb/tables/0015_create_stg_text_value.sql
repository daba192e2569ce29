-- The distinct texts of one batch (invoice numbers, stock codes, descriptions, customers, countries, sheets, product
-- classes), each once with the id stg.sales_line carries. Id 0 is "no value" (text_value NULL), so every text of a
-- line is found by an inner join: with outer joins the optimiser sometimes built its hash table on the lines.
CREATE TABLE stg.text_value (
    batch_id    INTEGER      NOT NULL,
    text_id     INTEGER      NOT NULL,
    text_value  VARCHAR(200) NULL
);
