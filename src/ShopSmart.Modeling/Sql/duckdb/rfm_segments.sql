-- The RFM segment of every customer (mart.v_customer_rfm, as of the day after the last invoice).
SELECT customer_key, segment, r_score, f_score, m_score
FROM mart.v_customer_rfm;
