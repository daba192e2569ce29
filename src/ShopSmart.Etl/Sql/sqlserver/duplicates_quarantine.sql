-- Duplicate policy Quarantine: later lines (in file order) with the same hash as another line of the file, and lines
-- whose hash an earlier batch already loaded, go to etl.rejected_row.
WITH copies AS (
    SELECT line_hash, MIN(CAST(source_sheet_text_id AS BIGINT) * 1099511627776 + source_row_number) AS first_position
    FROM stg.sales_line
    WHERE batch_id = @batch_id
    GROUP BY line_hash
    HAVING COUNT(*) > 1
),
earlier AS (
    SELECT line_hash, MIN(batch_id) AS batch_id
    FROM dw.fact_sales
    WHERE line_hash IN (SELECT line_hash FROM stg.sales_line WHERE batch_id = @batch_id)
    GROUP BY line_hash
),
numbered AS (
    SELECT
        s.*,
        c.first_position % 1099511627776 AS first_row,
        CASE
            WHEN CAST(s.source_sheet_text_id AS BIGINT) * 1099511627776 + s.source_row_number > c.first_position THEN 1
            ELSE 0
        END AS is_later_copy,
        e.batch_id AS earlier_batch_id
    FROM stg.sales_line AS s
    LEFT JOIN copies AS c ON c.line_hash = s.line_hash
    LEFT JOIN earlier AS e ON e.line_hash = s.line_hash
    WHERE s.batch_id = @batch_id
)
INSERT INTO etl.rejected_row (batch_id, source_file, source_sheet, source_row_number, reason_code, reason_detail, raw_values, line_value)
SELECT
    n.batch_id,
    @source_file,
    sh.text_value,
    n.source_row_number,
    N'DUPLICATE_LINE',
    CASE
        WHEN n.earlier_batch_id IS NOT NULL THEN CONCAT(N'already loaded by batch ', n.earlier_batch_id)
        ELSE CONCAT(N'exact copy of row ', n.first_row)
    END,
    CONCAT_WS(N',', inv.text_value, sc.text_value, ISNULL(d.text_value, N''), n.quantity,
              CONVERT(NVARCHAR(19), n.invoice_at, 120), n.unit_price, ISNULL(cu.text_value, N''), ISNULL(co.text_value, N'')),
    n.quantity * n.unit_price
FROM numbered AS n
JOIN stg.text_value AS inv ON inv.batch_id = n.batch_id AND inv.text_id = n.invoice_text_id
JOIN stg.text_value AS sc ON sc.batch_id = n.batch_id AND sc.text_id = n.stock_code_raw_text_id
JOIN stg.text_value AS d ON d.batch_id = n.batch_id AND d.text_id = n.description_text_id
JOIN stg.text_value AS sh ON sh.batch_id = n.batch_id AND sh.text_id = n.source_sheet_text_id
JOIN stg.text_value AS cu ON cu.batch_id = n.batch_id AND cu.text_id = n.customer_text_id
JOIN stg.text_value AS co ON co.batch_id = n.batch_id AND co.text_id = n.country_text_id
WHERE n.is_later_copy = 1
   OR n.earlier_batch_id IS NOT NULL;
