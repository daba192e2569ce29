-- Clean-sale invoices in [basket start, cut-off): the denominator of every support.
SELECT CAST(count(DISTINCT invoice_no) AS INTEGER)
FROM dw.v_revenue_line
WHERE is_clean_sale AND invoice_at >= $basket_start AND invoice_at < $cutoff;
