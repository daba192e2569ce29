-- The countries already loaded, oldest first: their spellings name them whatever the case a later file writes.
SELECT country_name FROM dw.dim_country WHERE country_key <> 0 ORDER BY country_key;
