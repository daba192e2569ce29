-- Models: lift and cumulative capture by decile of the latest run's propensity models (ml.model_curve, curve 'lift').
SELECT model, series, point_index, x, y, value
FROM ml.model_curve
WHERE run_id = (SELECT max(run_id) FROM ml.model_run)
    AND curve = 'lift'
ORDER BY model, series, point_index;
