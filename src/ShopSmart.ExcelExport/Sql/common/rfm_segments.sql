-- Segments: size, spend and mean R, F, M of each RFM segment (mart.v_customer_rfm). "* 1.0" keeps the means
-- fractional in T-SQL, where the average of an integer column is an integer.
SELECT
    segment,
    count(*) AS customers,
    sum(monetary) AS revenue,
    avg(recency_days * 1.0) AS recency_days,
    avg(frequency * 1.0) AS frequency,
    avg(monetary * 1.0) AS monetary,
    avg(avg_basket * 1.0) AS avg_basket
FROM mart.v_customer_rfm
GROUP BY segment;
