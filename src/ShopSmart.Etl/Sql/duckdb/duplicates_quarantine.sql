-- Duplicate policy Quarantine: second and later lines with the same hash in the file, and lines whose hash an
-- earlier batch already loaded, go to etl.rejected_row.
INSERT INTO etl.rejected_row (batch_id, source_file, source_sheet, source_row_number, reason_code, reason_detail, raw_values, line_value)
WITH batch_text AS (
    SELECT text_id, text_value FROM stg.text_value WHERE batch_id = $batch_id
),
earlier AS (
    SELECT line_hash, min(batch_id) AS batch_id
    FROM dw.fact_sales
    WHERE line_hash IN (SELECT line_hash FROM stg.sales_line WHERE batch_id = $batch_id)
    GROUP BY line_hash
),
numbered AS (
    SELECT
        s.*,
        row_number() OVER copies AS copy_number,
        first_value(s.source_row_number) OVER copies AS first_row,
        e.batch_id AS earlier_batch_id
    FROM stg.sales_line AS s
    LEFT JOIN earlier AS e ON e.line_hash = s.line_hash
    WHERE s.batch_id = $batch_id
    WINDOW copies AS (PARTITION BY s.line_hash ORDER BY s.source_sheet_text_id, s.source_row_number)
)
SELECT
    n.batch_id,
    $source_file,
    sh.text_value,
    n.source_row_number,
    'DUPLICATE_LINE',
    CASE
        WHEN n.earlier_batch_id IS NOT NULL THEN 'already loaded by batch ' || CAST(n.earlier_batch_id AS VARCHAR)
        ELSE 'exact copy of row ' || CAST(n.first_row AS VARCHAR)
    END,
    concat_ws(',', inv.text_value, sc.text_value, coalesce(d.text_value, ''), CAST(n.quantity AS VARCHAR),
              strftime(n.invoice_at, '%Y-%m-%d %H:%M:%S'), CAST(n.unit_price AS VARCHAR), coalesce(cu.text_value, ''),
              coalesce(co.text_value, '')),
    n.quantity * n.unit_price
FROM numbered AS n
JOIN batch_text AS inv ON inv.text_id = n.invoice_text_id
JOIN batch_text AS sc ON sc.text_id = n.stock_code_raw_text_id
LEFT JOIN batch_text AS d ON d.text_id = n.description_text_id
LEFT JOIN batch_text AS sh ON sh.text_id = n.source_sheet_text_id
LEFT JOIN batch_text AS cu ON cu.text_id = n.customer_text_id
LEFT JOIN batch_text AS co ON co.text_id = n.country_text_id
WHERE n.copy_number > 1
   OR n.earlier_batch_id IS NOT NULL;
