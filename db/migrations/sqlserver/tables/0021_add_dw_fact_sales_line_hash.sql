-- "The same source line" as one column: a 128-bit hash of the line's eight source values, computed by the
-- loader (LineHash). Null only for lines loaded before this script; the next load fills them in. Indexed: each load
-- looks up its lines' hashes among everything loaded before. GO: the index is compiled after the column exists.
ALTER TABLE dw.fact_sales ADD line_hash UNIQUEIDENTIFIER NULL;
GO

CREATE NONCLUSTERED INDEX ix_fact_sales_line_hash ON dw.fact_sales (line_hash) INCLUDE (batch_id);
