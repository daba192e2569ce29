-- Data-quality ledger in long form for BI pivots: per batch and overall, rows each cleaning rule matched, rejected rows per reason, and the reconciliation figures.
-- Counts come from one place, etl.batch_rule_count (quarantine reasons are its REJECTED:<reason> rules, measure_kind
-- 'rejected'); etl.rejected_row only adds the value of the quarantined rows.
CREATE OR REPLACE VIEW mart.v_data_quality AS
WITH rejected_value AS (
    SELECT j.batch_id, 'REJECTED:' || j.reason_code AS rule_code, sum(j.line_value) AS value_amount
    FROM etl.rejected_row AS j
    GROUP BY j.batch_id, j.reason_code
),
measure AS (
    SELECT
        r.batch_id,
        CASE WHEN r.rule_code LIKE 'REJECTED:%' THEN 'rejected' ELSE 'rule' END AS measure_kind,
        r.rule_code,
        r.rows_matched AS row_count,
        CAST(v.value_amount AS DECIMAL(19, 4)) AS value_amount
    FROM etl.batch_rule_count AS r
    LEFT JOIN rejected_value AS v ON v.batch_id = r.batch_id AND v.rule_code = r.rule_code
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
