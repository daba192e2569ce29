-- Draws the id of the next batch before its transaction opens.
SELECT CAST(nextval('etl.seq_batch') AS INTEGER);
