-- Whether the warehouse holds lines of other batches than this one: if not (a first load), its kept aggregates are
-- rewritten for everyone, cheaper than filtering every line on this batch's customers and products.
SELECT EXISTS (SELECT 1 FROM dw.fact_sales WHERE batch_id <> $batch_id);
