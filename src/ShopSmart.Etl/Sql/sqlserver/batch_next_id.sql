-- Draws the id of the next batch before its transaction opens.
SELECT NEXT VALUE FOR etl.seq_batch;
