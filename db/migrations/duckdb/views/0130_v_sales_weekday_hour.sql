-- Heatmap support: clean-sale revenue, orders and units per ISO weekday (1 = Monday) and hour of day.
CREATE OR REPLACE VIEW mart.v_sales_weekday_hour AS
WITH cell AS (
    SELECT
        CAST(isodow(f.invoice_at) AS INTEGER) AS iso_weekday,
        CAST(hour(f.invoice_at) AS INTEGER) AS hour_of_day,
        sum(f.line_revenue) AS revenue,
        count(DISTINCT f.invoice_no) AS orders,
        CAST(sum(f.quantity) AS BIGINT) AS units
    FROM dw.v_revenue_line AS f
    WHERE f.is_clean_sale
    GROUP BY isodow(f.invoice_at), hour(f.invoice_at)
)
SELECT
    iso_weekday,
    CASE iso_weekday
        WHEN 1 THEN 'Monday'
        WHEN 2 THEN 'Tuesday'
        WHEN 3 THEN 'Wednesday'
        WHEN 4 THEN 'Thursday'
        WHEN 5 THEN 'Friday'
        WHEN 6 THEN 'Saturday'
        ELSE 'Sunday'
    END AS weekday_name,
    hour_of_day,
    revenue,
    orders,
    units,
    CAST(revenue AS DOUBLE) / NULLIF(sum(revenue) OVER (), 0) AS share_of_revenue
FROM cell;
