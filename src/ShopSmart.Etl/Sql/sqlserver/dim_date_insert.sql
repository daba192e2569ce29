-- The calendar days the loader staged for the years the batch touches, where dw.dim_date lacks them.
INSERT INTO dw.dim_date (
    date_key, full_date, calendar_year, calendar_quarter, month_number, month_name, year_month, iso_year, iso_week,
    day_of_month, day_of_week, day_name, is_weekend, is_uk_holiday)
SELECT
    c.date_key, c.full_date, c.calendar_year, c.calendar_quarter, c.month_number, c.month_name, c.year_month, c.iso_year,
    c.iso_week, c.day_of_month, c.day_of_week, c.day_name, c.is_weekend, c.is_uk_holiday
FROM stg.calendar_day AS c
WHERE c.batch_id = @batch_id
  AND NOT EXISTS (SELECT 1 FROM dw.dim_date AS d WHERE d.date_key = c.date_key);
