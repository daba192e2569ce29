-- Data-quality ledger in long form for BI pivots: per batch and overall, rows each cleaning rule matched, rejected rows per reason, and the reconciliation figures.
CREATE OR REPLACE VIEW mart.v_data_quality AS
WITH measure AS (
    SELECT
        r.batch_id,
        'rule' AS measure_kind,
        r.rule_code,
        r.rows_matched AS row_count,
        CAST(NULL AS DECIMAL(19, 4)) AS value_amount
    FROM etl.batch_rule_count AS r
    UNION ALL
    SELECT
        j.batch_id,
        'rejected',
        'rejected:' || j.reason_code,
        count(*),
        sum(j.line_value)
    FROM etl.rejected_row AS j
    GROUP BY j.batch_id, j.reason_code
    UNION ALL
    SELECT b.batch_id, 'reconciliation', 'rows_read', b.rows_read, b.source_value FROM etl.batch AS b
    UNION ALL
    SELECT b.batch_id, 'reconciliation', 'rows_loaded', b.rows_loaded, b.loaded_value FROM etl.batch AS b
    UNION ALL
    SELECT b.batch_id, 'reconciliation', 'rows_rejected', b.rows_rejected, b.rejected_value FROM etl.batch AS b
),
loaded_total AS (
    SELECT
        sum(b.rows_read) AS rows_read,
        bool_and(b.is_reconciled) AS is_reconciled
    FROM etl.batch AS b
    WHERE b.status = 'loaded'
)
SELECT
    'batch' AS scope,
    b.batch_id,
    b.source_file,
    b.status AS batch_status,
    b.is_reconciled,
    m.measure_kind,
    m.rule_code,
    CAST(m.row_count AS BIGINT) AS row_count,
    CAST(m.value_amount AS DECIMAL(19, 4)) AS value_amount,
    CAST(b.rows_read AS BIGINT) AS rows_read,
    CAST(m.row_count AS DOUBLE) / NULLIF(b.rows_read, 0) AS share_of_rows_read
FROM measure AS m
JOIN etl.batch AS b ON b.batch_id = m.batch_id
UNION ALL
SELECT
    'overall' AS scope,
    NULL AS batch_id,
    NULL AS source_file,
    NULL AS batch_status,
    t.is_reconciled,
    m.measure_kind,
    m.rule_code,
    CAST(sum(m.row_count) AS BIGINT) AS row_count,
    CAST(sum(m.value_amount) AS DECIMAL(19, 4)) AS value_amount,
    CAST(t.rows_read AS BIGINT) AS rows_read,
    CAST(sum(m.row_count) AS DOUBLE) / NULLIF(t.rows_read, 0) AS share_of_rows_read
FROM measure AS m
JOIN etl.batch AS b ON b.batch_id = m.batch_id
CROSS JOIN loaded_total AS t
WHERE b.status = 'loaded'
GROUP BY m.measure_kind, m.rule_code, t.is_reconciled, t.rows_read;
