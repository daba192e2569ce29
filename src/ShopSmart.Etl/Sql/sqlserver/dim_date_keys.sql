-- Calendar days already present in a key range.
SELECT date_key
FROM dw.dim_date
WHERE date_key BETWEEN @first_key AND @last_key;
