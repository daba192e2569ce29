-- A quantile read off counts instead of sorting every line: quantity and price take few distinct values (10 M lines:
-- ~760 quantities, ~16 k prices; a product sells at one or two prices), while median() and quantile_cont() keep every
-- line's value in memory, outside DuckDB's memory limit, and sort it. dw.v_line_outlier takes its medians and
-- mart.v_column_profile its quartiles with this one rule (SQL Server keeps PERCENTILE_CONT, which spills as it must).
--
-- An aggregate over one distribution, in a query grouped by it: one row per distinct value x, `below` the running count
-- of the values up to x in ascending order (sum(n) OVER (... ORDER BY x ROWS UNBOUNDED PRECEDING)), and h the
-- quantile's position counted from 0, q (n - 1) for n values. The values at positions floor(h) and ceil(h) are
-- interpolated as quantile_cont and median() do, lo (1 - d) + hi d with d = h - floor(h): the same doubles to the last
-- bit. (The textbook lo + (hi - lo) d rounds the mid-point of one pair of two-decimal prices in six differently: it
-- moved 16 products' median log price on the full UCI data.) At a whole h, lo = hi and d = 0: lo itself.
CREATE OR REPLACE MACRO dw.quantile_from_counts(x, below, h) AS
    min(x) FILTER (WHERE below > floor(h)) * (1 - (any_value(h) - floor(any_value(h))))
    + min(x) FILTER (WHERE below > ceil(h)) * (any_value(h) - floor(any_value(h)));
