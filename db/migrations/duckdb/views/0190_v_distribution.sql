-- Histogram support in long form: counts of positive values per quarter-decade log10 bin for line quantity, unit price, order value and customer spend.
CREATE OR REPLACE VIEW mart.v_distribution AS
WITH observation AS (
    SELECT 'quantity' AS variable, CAST(f.quantity AS DOUBLE) AS observed_value
    FROM dw.v_revenue_line AS f
    WHERE f.is_clean_sale
    UNION ALL
    SELECT 'unit_price', CAST(f.unit_price AS DOUBLE)
    FROM dw.v_revenue_line AS f
    WHERE f.is_clean_sale
    UNION ALL
    SELECT 'order_value', CAST(sum(f.line_revenue) AS DOUBLE)
    FROM dw.v_revenue_line AS f
    WHERE f.is_clean_sale
    GROUP BY f.invoice_no
    UNION ALL
    -- A customer's spend is their clean sales plus their cancellations (dw.customer_activity, kept by the ETL); a
    -- customer with cancellations only is not there, and their spend is below zero, so not binned anyway.
    SELECT 'customer_spend', CAST(a.gross_revenue + a.cancellation_value AS DOUBLE)
    FROM dw.customer_activity AS a
),
binned AS (
    SELECT
        variable,
        -- The CASE keeps log10 from ever seeing a value <= 0, whatever order the optimiser evaluates the filter in.
        CAST(floor(log10(CASE WHEN observed_value > 0 THEN observed_value END) / 0.25 + 1e-9) AS INTEGER) AS bin_index
    FROM observation
    WHERE observed_value > 0
)
SELECT
    variable,
    bin_index,
    power(10.0, bin_index * 0.25) AS bin_lower,
    power(10.0, (bin_index + 1) * 0.25) AS bin_upper,
    count(*) AS bin_count
FROM binned
GROUP BY variable, bin_index;
