-- Once, since the line hash (LineHash) leaves out the white space around a value, so that a copy of loaded lines
-- trimmed or padded by another tool is recognised: the facts whose texts start or end with white space lose their
-- hash, and the next load or unload computes it again (BatchLoader.BackfillLineHashes). Every other fact's hash is
-- unchanged by the new definition. The pattern's class is what .NET's char.IsWhiteSpace names: tab to carriage
-- return, U+0085 and the Unicode separators.
UPDATE dw.fact_sales
SET line_hash = NULL
WHERE line_hash IS NOT NULL
  AND (regexp_matches(invoice_no, '^[\t-\r\x{85}\p{Z}]|[\t-\r\x{85}\p{Z}]$')
    OR regexp_matches(stock_code_raw, '^[\t-\r\x{85}\p{Z}]|[\t-\r\x{85}\p{Z}]$')
    OR regexp_matches(coalesce(description_raw, ''), '^[\t-\r\x{85}\p{Z}]|[\t-\r\x{85}\p{Z}]$')
    OR customer_key IN (SELECT customer_key FROM dw.dim_customer WHERE regexp_matches(customer_id, '^[\t-\r\x{85}\p{Z}]|[\t-\r\x{85}\p{Z}]$'))
    OR country_key IN (SELECT country_key FROM dw.dim_country WHERE regexp_matches(country_name, '^[\t-\r\x{85}\p{Z}]|[\t-\r\x{85}\p{Z}]$')));
