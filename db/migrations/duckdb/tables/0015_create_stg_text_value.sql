-- The distinct texts of one batch (invoice numbers, stock codes, descriptions, customers, countries, sheets, product
-- classes), each once with the id stg.sales_line carries.
CREATE TABLE stg.text_value (
    batch_id    INTEGER      NOT NULL,
    text_id     INTEGER      NOT NULL,
    text_value  VARCHAR(200) NOT NULL
);
