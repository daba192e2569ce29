-- unload: the batches still loaded, whose rule counts are taken again after the outlier flags are refreshed.
SELECT batch_id FROM etl.batch WHERE status = 'loaded' ORDER BY batch_id;
