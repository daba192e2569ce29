-- Heatmap support: clean-sale revenue, orders and units per ISO weekday (1 = Monday) and hour of day.
CREATE OR ALTER VIEW mart.v_sales_weekday_hour
AS
WITH line AS (
    -- 1900-01-01 was a Monday, so this is the ISO weekday whatever SET DATEFIRST says.
    SELECT
        DATEDIFF(DAY, CAST('19000101' AS DATETIME2(0)), f.invoice_at) % 7 + 1 AS iso_weekday,
        DATEPART(HOUR, f.invoice_at) AS hour_of_day,
        f.invoice_no,
        f.quantity,
        f.line_revenue
    FROM dw.v_revenue_line AS f
    WHERE f.is_clean_sale = 1
),
cell AS (
    SELECT
        iso_weekday,
        hour_of_day,
        SUM(line_revenue) AS revenue,
        COUNT_BIG(DISTINCT invoice_no) AS orders,
        SUM(CAST(quantity AS BIGINT)) AS units
    FROM line
    GROUP BY iso_weekday, hour_of_day
)
SELECT
    iso_weekday,
    CASE iso_weekday
        WHEN 1 THEN N'Monday'
        WHEN 2 THEN N'Tuesday'
        WHEN 3 THEN N'Wednesday'
        WHEN 4 THEN N'Thursday'
        WHEN 5 THEN N'Friday'
        WHEN 6 THEN N'Saturday'
        ELSE N'Sunday'
    END AS weekday_name,
    hour_of_day,
    revenue,
    orders,
    units,
    CAST(revenue AS FLOAT) / NULLIF(SUM(revenue) OVER (), 0) AS share_of_revenue
FROM cell;
