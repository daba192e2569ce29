-- Clean-sale invoices in [basket start, cut-off): the denominator of every support.
SELECT COUNT(DISTINCT invoice_no)
FROM dw.v_revenue_line
WHERE is_clean_sale = 1 AND invoice_at >= @basket_start AND invoice_at < @cutoff;
