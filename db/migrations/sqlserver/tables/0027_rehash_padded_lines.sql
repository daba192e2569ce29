-- Once, since the line hash (LineHash) leaves out the white space around a value, so that a copy of loaded lines
-- trimmed or padded by another tool is recognised: the facts whose texts start or end with white space lose their
-- hash, and the next load or unload computes it again (BatchLoader.BackfillLineHashes). Every other fact's hash is
-- unchanged by the new definition. The code points are what .NET's char.IsWhiteSpace names; RIGHT keeps trailing
-- spaces (LEN would not).
WITH white_space AS (
    SELECT code_point
    FROM (VALUES (9), (10), (11), (12), (13), (32), (133), (160), (5760), (8192), (8193), (8194), (8195), (8196), (8197),
                 (8198), (8199), (8200), (8201), (8202), (8232), (8233), (8239), (8287), (12288)) AS v (code_point)
),
padded_customer AS (
    SELECT c.customer_key
    FROM dw.dim_customer AS c
    WHERE EXISTS (SELECT 1 FROM white_space AS w WHERE w.code_point IN (UNICODE(LEFT(c.customer_id, 1)), UNICODE(RIGHT(c.customer_id, 1))))
),
padded_country AS (
    SELECT c.country_key
    FROM dw.dim_country AS c
    WHERE EXISTS (SELECT 1 FROM white_space AS w WHERE w.code_point IN (UNICODE(LEFT(c.country_name, 1)), UNICODE(RIGHT(c.country_name, 1))))
)
UPDATE f
SET line_hash = NULL
FROM dw.fact_sales AS f
WHERE f.line_hash IS NOT NULL
  AND (EXISTS (
          SELECT 1
          FROM white_space AS w
          WHERE w.code_point IN (
              UNICODE(LEFT(f.invoice_no, 1)), UNICODE(RIGHT(f.invoice_no, 1)),
              UNICODE(LEFT(f.stock_code_raw, 1)), UNICODE(RIGHT(f.stock_code_raw, 1)),
              UNICODE(LEFT(f.description_raw, 1)), UNICODE(RIGHT(f.description_raw, 1))))
    OR f.customer_key IN (SELECT customer_key FROM padded_customer)
    OR f.country_key IN (SELECT country_key FROM padded_country));
