using ShopSmart.ExcelExport.Kpis;

namespace ShopSmart.Tests.ExcelExport;

/// <summary>The Overview's periods and changes, on dates and figures worked out by hand.</summary>
public sealed class KpiRulesTests
{
    [Fact]
    public void Data_ending_mid_month_reports_the_month_before_as_the_last_full_month()
    {
        var periods = ReportingPeriods.From(new DateOnly(2011, 12, 9));

        Assert.Equal(new Period(new DateOnly(2011, 11, 1), new DateOnly(2011, 12, 1)), periods.LastMonth);
        Assert.Equal(new Period(new DateOnly(2011, 10, 1), new DateOnly(2011, 11, 1)), periods.MonthBefore);
        Assert.Equal(new Period(new DateOnly(2010, 12, 1), new DateOnly(2011, 12, 1)), periods.LastYear);
        Assert.Equal(new Period(new DateOnly(2009, 12, 1), new DateOnly(2010, 12, 1)), periods.YearBefore);
    }

    [Fact]
    public void Data_ending_on_the_last_day_of_a_month_reports_that_month()
    {
        var periods = ReportingPeriods.From(new DateOnly(2012, 2, 29));

        Assert.Equal(new Period(new DateOnly(2012, 2, 1), new DateOnly(2012, 3, 1)), periods.LastMonth);
        Assert.Equal(new Period(new DateOnly(2012, 1, 1), new DateOnly(2012, 2, 1)), periods.MonthBefore);
    }

    [Fact]
    public void A_period_is_labelled_by_its_months_and_keyed_by_yyyymmdd()
    {
        var year = new Period(new DateOnly(2010, 12, 1), new DateOnly(2011, 12, 1));

        Assert.Equal("Dec 2010 – Nov 2011", year.Label);
        Assert.Equal("Nov 2011", new Period(new DateOnly(2011, 11, 1), new DateOnly(2011, 12, 1)).Label);
        Assert.Equal((20101201, 20111201), (year.FromKey, year.UntilKey));
    }

    [Fact]
    public void Amounts_change_relatively_and_rates_in_points()
    {
        Assert.Equal(0.25, KpiTable.Change(125, 100, inPoints: false));
        Assert.Equal(-0.5, KpiTable.Change(-150, -100, inPoints: false)); // from a loss of 100 to a loss of 150: 50% worse
        Assert.Equal(0.02, KpiTable.Change(0.12, 0.10, inPoints: true)!.Value, 12);
        Assert.Null(KpiTable.Change(10, 0, inPoints: false));
        Assert.Null(KpiTable.Change(10, null, inPoints: false));
    }

    [Fact]
    public void Ratios_of_a_period_follow_the_view_definitions()
    {
        // 4 orders worth 200 gross, 20 cancelled; 3 customers of whom 1 ordered twice
        var totals = new PeriodTotals(200, -20, 4, 3, 1);

        Assert.Equal(180, totals.NetRevenue);
        Assert.Equal(50, totals.AvgOrderValue);
        Assert.Equal(1.0 / 3, totals.RepeatRate!.Value, 12);
        Assert.Equal(0.1, totals.CancellationRate!.Value, 12);
        Assert.Null(PeriodTotals.Empty.AvgOrderValue);
        Assert.Null(PeriodTotals.Empty.RepeatRate);
    }

    [Fact]
    public void A_period_without_sales_shows_no_figures_and_no_change()
    {
        var sales = new PeriodTotals(200, -20, 4, 3, 1);

        var rows = KpiTable.Rows(sales, sales, sales, PeriodTotals.Empty);

        var revenue = rows.Single(r => r.Name == "Net revenue");
        Assert.Equal(0.0, revenue.MonthChange);
        Assert.Null(revenue.YearBefore);
        Assert.Null(revenue.YearChange);
    }
}
