using ShopSmart.ExcelExport.Kpis;

namespace ShopSmart.ExcelExport.Data;

/// <summary>Reads the <see cref="MartSnapshot"/>: one query per view, plus the four KPI periods.</summary>
public static class MartReader
{
    public static MartSnapshot Read(QueryRunner query)
    {
        var range = query.Rows("data_range", f => (First: f.NullableDate("first_invoice_at"), Last: f.NullableDate("last_invoice_at"))).Single();
        var periods = range.Last is { } last ? ReportingPeriods.From(DateOnly.FromDateTime(last)) : null;
        var kpis = periods is null
            ? []
            : KpiTable.Rows(Totals(query, periods.LastMonth), Totals(query, periods.MonthBefore), Totals(query, periods.LastYear), Totals(query, periods.YearBefore));
        // One read of the customers serves the segment summary, the target lists and the CLV distribution.
        var customers = query.Rows("customer_360", CustomerScore.Read);
        return new MartSnapshot(
            range.First,
            range.Last,
            periods,
            kpis,
            LoadTotals.From(query.Rows("data_quality_overall", f => (f.Text("rule_code"), f.Long("row_count")))),
            query.Rows("sales_monthly", MonthlySales.Read),
            query.Rows("sales_by_country", CountrySales.Read),
            query.Rows("product_performance", ProductSales.Read),
            query.Rows("sales_weekday_hour", WeekdayHourSales.Read),
            query.Rows("cohort_retention", CohortCell.Read)
                .Where(c => range.Last is not { } lastAt || Core.Insights.Retention.InCompleteMonth(c.CohortMonth, c.MonthsSinceFirstPurchase, DateOnly.FromDateTime(lastAt)))
                .ToList(),
            RfmSegment.From(customers),
            customers,
            query.Rows("column_profile", ColumnProfile.Read));
    }

    private static PeriodTotals Totals(QueryRunner query, Period period) =>
        query.Rows(
            "period_totals",
            f => new PeriodTotals(f.Double("gross_revenue"), f.Double("cancellation_value"), f.Long("orders"), f.Long("customers"), f.Long("repeat_customers")),
            new { from_key = period.FromKey, to_key = period.UntilKey }).Single();
}
