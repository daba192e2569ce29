-- Overview's data range: the first and last invoice of the lines that count in revenue (dw.v_revenue_line, the one
-- definition the mart views share).
SELECT min(invoice_at) AS first_invoice_at, max(invoice_at) AS last_invoice_at
FROM dw.v_revenue_line;
