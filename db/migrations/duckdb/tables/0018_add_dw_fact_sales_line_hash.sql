-- "The same source line" as one column: a 128-bit hash of the line's eight source values, computed by the
-- loader (LineHash). Null only for lines loaded before this script; the next load fills them in.
ALTER TABLE dw.fact_sales ADD COLUMN line_hash UUID;
