-- Columnstore storage for the fact table: the views scan and aggregate it, they do not seek single lines.
CREATE CLUSTERED COLUMNSTORE INDEX cci_fact_sales ON dw.fact_sales;
