-- Duplicate policy Quarantine: later lines (in file order) with the same hash as another line of the file, and lines
-- whose hash an earlier batch already loaded, go to etl.rejected_row.
-- The joins run in the order written, on the small side written on their right (see fact_insert.sql).
SET disabled_optimizers = 'join_order';

INSERT INTO etl.rejected_row (batch_id, source_file, source_sheet, source_row_number, reason_code, reason_detail, raw_values, line_value)
WITH copies AS (
    SELECT line_hash, min(CAST(source_sheet_text_id AS BIGINT) * 1099511627776 + source_row_number) AS first_position
    FROM stg.sales_line
    WHERE batch_id = $batch_id
    GROUP BY line_hash
    HAVING count(*) > 1
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
        c.first_position % 1099511627776 AS first_row,
        coalesce(CAST(s.source_sheet_text_id AS BIGINT) * 1099511627776 + s.source_row_number > c.first_position, false) AS is_later_copy,
        e.batch_id AS earlier_batch_id
    FROM stg.sales_line AS s
    LEFT JOIN copies AS c ON c.line_hash = s.line_hash
    LEFT JOIN earlier AS e ON e.line_hash = s.line_hash
    WHERE s.batch_id = $batch_id
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
JOIN stg.text_value AS inv ON inv.batch_id = n.batch_id AND inv.text_id = n.invoice_text_id
JOIN stg.text_value AS sc ON sc.batch_id = n.batch_id AND sc.text_id = n.stock_code_raw_text_id
JOIN stg.text_value AS d ON d.batch_id = n.batch_id AND d.text_id = n.description_text_id
JOIN stg.text_value AS sh ON sh.batch_id = n.batch_id AND sh.text_id = n.source_sheet_text_id
JOIN stg.text_value AS cu ON cu.batch_id = n.batch_id AND cu.text_id = n.customer_text_id
JOIN stg.text_value AS co ON co.batch_id = n.batch_id AND co.text_id = n.country_text_id
WHERE n.is_later_copy
   OR n.earlier_batch_id IS NOT NULL;

RESET disabled_optimizers;
