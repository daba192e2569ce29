-- Histogram support in long form: counts of positive values per quarter-decade log10 bin for line quantity, unit price, order value and customer spend.
CREATE OR ALTER VIEW mart.v_distribution
AS
WITH observation AS (
    SELECT N'quantity' AS variable, CAST(f.quantity AS FLOAT) AS observed_value
    FROM dw.v_revenue_line AS f
    WHERE f.is_clean_sale = 1
    UNION ALL
    SELECT N'unit_price', CAST(f.unit_price AS FLOAT)
    FROM dw.v_revenue_line AS f
    WHERE f.is_clean_sale = 1
    UNION ALL
    SELECT N'order_value', CAST(SUM(f.line_revenue) AS FLOAT)
    FROM dw.v_revenue_line AS f
    WHERE f.is_clean_sale = 1
    GROUP BY f.invoice_no
    UNION ALL
    -- A customer's spend is their clean sales plus their cancellations (dw.customer_activity, kept by the ETL); a
    -- customer with cancellations only is not there, and their spend is below zero, so not binned anyway.
    SELECT N'customer_spend', CAST(a.gross_revenue + a.cancellation_value AS FLOAT)
    FROM dw.customer_activity AS a
),
positive AS (
    SELECT variable, observed_value
    FROM observation
    WHERE observed_value > 0
),
binned AS (
    SELECT
        variable,
        -- The CASE keeps LOG10 from ever seeing a value <= 0: the server may evaluate it before the filter above.
        CAST(FLOOR(LOG10(CASE WHEN observed_value > 0 THEN observed_value END) / 0.25 + 1e-9) AS INT) AS bin_index
    FROM positive
)
SELECT
    variable,
    bin_index,
    POWER(CAST(10 AS FLOAT), bin_index * 0.25) AS bin_lower,
    POWER(CAST(10 AS FLOAT), (bin_index + 1) * 0.25) AS bin_upper,
    COUNT_BIG(*) AS bin_count
FROM binned
GROUP BY variable, bin_index;
