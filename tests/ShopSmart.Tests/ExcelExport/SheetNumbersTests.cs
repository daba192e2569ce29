using ClosedXML.Excel;
using ShopSmart.ExcelExport.Sheets;
using ShopSmart.Tests.Mart;

namespace ShopSmart.Tests.ExcelExport;

/// <summary>The figures on the view-only sheets equal the mart views they come from, read back from the saved file.</summary>
[Collection(WorkbookCollection.Name)]
public sealed class SheetNumbersTests(WorkbookFixture fixture)
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void Sales_trend_rows_equal_v_sales_monthly()
    {
        var view = fixture.Query("SELECT * FROM mart.v_sales_monthly ORDER BY year_month");
        using var workbook = fixture.Open();

        var rows = TableRows(workbook, SalesTrendSheet.SheetName, "SalesTrend");

        Assert.Equal(view.Count, rows.Count);
        Assert.True(view.Count >= 12);
        for (var i = 0; i < view.Count; i++)
        {
            Assert.Equal(view[i].Text("year_month"), rows[i].Field("Month").GetString());
            Equal(view[i].Number("net_revenue"), rows[i].Field("Net revenue"));
            Equal(view[i].Number("gross_revenue"), rows[i].Field("Gross revenue"));
            Equal(view[i].Number("cancellation_value"), rows[i].Field("Cancellations"));
            Equal(view[i].Number("orders"), rows[i].Field("Orders"));
            Equal(view[i].Number("customers"), rows[i].Field("Customers"));
            Equal(view[i].Number("new_customers"), rows[i].Field("New customers"));
            Equal(view[i].Number("avg_order_value"), rows[i].Field("Average order value"));
            EqualOrEmpty(view[i], "net_revenue_growth", rows[i].Field("Growth vs previous month"));
        }
    }

    [Fact]
    public void Countries_show_the_top_ten_of_v_sales_by_country_and_the_rest_summed_as_Other()
    {
        var view = fixture.Query("SELECT * FROM mart.v_sales_by_country ORDER BY gross_revenue DESC, country_name");
        using var workbook = fixture.Open();

        var rows = TableRows(workbook, CountriesSheet.SheetName, "Countries");

        Assert.True(view.Count > 11, $"the sample has {view.Count} countries");
        Assert.Equal(11, rows.Count);
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(view[i].Text("country_name"), rows[i].Field("Country").GetString());
            Equal(view[i].Number("net_revenue"), rows[i].Field("Net revenue"));
            Equal(view[i].Number("customers"), rows[i].Field("Customers"));
            Equal(view[i].Number("share_of_revenue"), rows[i].Field("Share of revenue"));
        }

        var rest = view.Skip(10).ToList();
        Assert.Equal($"Other ({rest.Count} countries)", rows[10].Field("Country").GetString());
        Equal(rest.Sum(r => r.Number("gross_revenue")), rows[10].Field("Gross revenue"));
        Equal(rest.Sum(r => r.Number("net_revenue")), rows[10].Field("Net revenue"));
        Equal(rest.Sum(r => r.Number("orders")), rows[10].Field("Orders"));
        Equal(1.0, rows.Sum(r => r.Field("Share of revenue").GetDouble()));
    }

    [Fact]
    public void Products_show_the_top_twenty_of_v_product_performance_and_ABC_totals_of_all_products()
    {
        var view = fixture.Query("SELECT * FROM mart.v_product_performance ORDER BY revenue_rank, stock_code");
        var abc = fixture.Query("SELECT abc_class, count(*) AS n, sum(revenue) AS revenue FROM mart.v_product_performance GROUP BY abc_class ORDER BY abc_class");
        using var workbook = fixture.Open();

        var rows = TableRows(workbook, ProductsSheet.SheetName, "TopProducts");
        var classes = TableRows(workbook, ProductsSheet.SheetName, "AbcClasses");

        Assert.Equal(20, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(view[i].Text("stock_code"), rows[i].Field("Stock code").GetString());
            Assert.Equal(view[i].Text("description"), rows[i].Field("Description").GetString());
            Equal(view[i].Number("revenue"), rows[i].Field("Revenue"));
            Equal(view[i].Number("revenue_rank"), rows[i].Field("Rank"));
            EqualOrEmpty(view[i], "return_rate", rows[i].Field("Return rate"));
            Assert.Equal(view[i].Text("abc_class"), rows[i].Field("ABC class").GetString());
        }

        Assert.Equal(abc.Select(a => a.Text("abc_class")), classes.Select(c => c.Field("Class").GetString()));
        for (var i = 0; i < abc.Count; i++)
        {
            Equal(abc[i].Number("n"), classes[i].Field("Products"));
            Equal(abc[i].Number("revenue"), classes[i].Field("Class revenue"));
        }
    }

    [Fact]
    public void Every_cell_of_the_weekday_hour_heatmap_equals_v_sales_weekday_hour_and_the_others_are_empty()
    {
        var view = fixture.Query("SELECT * FROM mart.v_sales_weekday_hour");
        using var workbook = fixture.Open();
        var sheet = workbook.Worksheet(WhenCustomersBuySheet.SheetName);
        var header = sheet.Column(1).CellsUsed().First(c => c.GetString() == "Weekday").Address.RowNumber;
        var firstHour = (int)view.Min(r => r.Number("hour_of_day"));
        var lastHour = (int)view.Max(r => r.Number("hour_of_day"));

        var expected = view.ToDictionary(r => ((int)r.Number("iso_weekday"), (int)r.Number("hour_of_day")), r => r.Number("revenue"));
        for (var day = 1; day <= 7; day++)
        {
            for (var hour = firstHour; hour <= lastHour; hour++)
            {
                var (row, column) = WhenCustomersBuySheet.Position(header, day, hour, firstHour);
                var cell = sheet.Cell(row, column);
                if (expected.TryGetValue((day, hour), out var revenue))
                {
                    Equal(revenue, cell);
                }
                else
                {
                    Assert.True(cell.IsEmpty(), $"{cell.Address} should be empty (no sales on day {day} at {hour}h)");
                }
            }
        }
    }

    [Fact]
    public void Cohort_matrix_equals_v_cohort_retention_with_absent_months_as_zero()
    {
        // The sample stops on 9 December 2011: that month is cut short, and the sheet leaves it out.
        var view = fixture.Query("""
            SELECT * FROM mart.v_cohort_retention
            WHERE activity_month < (SELECT strftime(max(invoice_at), '%Y-%m') FROM dw.fact_sales)
            ORDER BY cohort_month, months_since_first_purchase
            """);
        using var workbook = fixture.Open();
        var sheet = workbook.Worksheet(CohortsSheet.SheetName);
        var cohorts = view.Select(r => r.Text("cohort_month")!).Distinct().ToList();

        for (var i = 0; i < cohorts.Count; i++)
        {
            var row = CohortsSheet.HeaderRow + 1 + i;
            Assert.Equal(cohorts[i], sheet.Cell(row, 1).GetString());
            var cells = view.Where(r => r.Text("cohort_month") == cohorts[i]).ToDictionary(r => (int)r.Number("months_since_first_purchase"));
            Equal(cells[0].Number("cohort_size"), sheet.Cell(row, 2));
            var observed = cohorts.Count - 1 - i; // the sample has a cohort in every month up to the last
            for (var offset = 0; offset <= observed; offset++)
            {
                var expected = cells.TryGetValue(offset, out var cell) ? cell.Number("retention_pct") / 100 : 0;
                Equal(expected, sheet.Cell(row, 3 + offset));
            }

            Assert.True(sheet.Cell(row, 3 + observed + 1).IsEmpty());
        }
    }

    [Fact]
    public void Segments_sum_v_customer_rfm_per_segment()
    {
        var view = fixture.Query("SELECT segment, count(*) AS n, sum(monetary) AS spend FROM mart.v_customer_rfm GROUP BY segment");
        using var workbook = fixture.Open();

        var rows = TableRows(workbook, SegmentsSheet.SheetName, "RfmSegments");

        Assert.Equal(view.Count, rows.Count);
        foreach (var segment in view)
        {
            var row = rows.Single(r => r.Field("Segment").GetString() == segment.Text("segment"));
            Equal(segment.Number("n"), row.Field("Customers"));
            Equal(segment.Number("spend"), row.Field("Net spend"));
        }

        Equal(1.0, rows.Sum(r => r.Field("Share of customers").GetDouble()));
    }

    [Fact]
    public void Overview_last_full_month_equals_its_row_of_v_sales_monthly()
    {
        // The sample ends on 9 December 2011, so the last full month is November 2011.
        var month = fixture.Query("SELECT * FROM mart.v_sales_monthly WHERE year_month = '2011-11'").Single();
        using var workbook = fixture.Open();
        var sheet = workbook.Worksheet(OverviewSheet.SheetName);

        Assert.Equal("Nov 2011", sheet.Cell(OverviewSheet.FirstKpiRow - 1, 2).GetString());
        Equal(month.Number("net_revenue"), Kpi(sheet, "Net revenue"));
        Equal(month.Number("orders"), Kpi(sheet, "Orders"));
        Equal(month.Number("customers"), Kpi(sheet, "Customers"));
        Equal(month.Number("avg_order_value"), Kpi(sheet, "Average order value"));
        Equal(month.Number("cancellation_rate"), Kpi(sheet, "Cancellation rate"));
    }

    [Fact]
    public void Overview_data_quality_lines_equal_v_data_quality()
    {
        var totals = fixture.Query("SELECT rule_code, row_count FROM mart.v_data_quality WHERE scope = 'overall' AND measure_kind = 'reconciliation'")
            .ToDictionary(r => r.Text("rule_code")!, r => r.Number("row_count"));
        using var workbook = fixture.Open();
        var sheet = workbook.Worksheet(OverviewSheet.SheetName);

        Equal(totals["rows_read"], Labelled(sheet, "Rows read"));
        Equal(totals["rows_loaded"], Labelled(sheet, "Rows loaded"));
        Equal(totals["rows_rejected"], Labelled(sheet, "Rows quarantined"));
    }

    internal static IReadOnlyList<IXLTableRow> TableRows(XLWorkbook workbook, string sheet, string table) =>
        workbook.Worksheet(sheet).Table(table).DataRange.Rows().ToList();

    internal static void Equal(double expected, IXLCell cell)
    {
        Assert.True(cell.DataType == XLDataType.Number, $"{cell.Worksheet.Name}!{cell.Address} is {cell.DataType} '{cell.GetString()}', expected {expected}");
        Assert.Equal(expected, cell.GetDouble(), Tolerance);
    }

    private static void Equal(double expected, double actual) => Assert.Equal(expected, actual, Tolerance);

    private static void EqualOrEmpty(ViewRow row, string column, IXLCell cell)
    {
        if (row.IsNull(column))
        {
            Assert.True(cell.IsEmpty(), $"{cell.Address} should be empty: {column} is NULL");
        }
        else
        {
            Equal(row.Number(column), cell);
        }
    }

    private static IXLCell Kpi(IXLWorksheet sheet, string name) => Labelled(sheet, name);

    private static IXLCell Labelled(IXLWorksheet sheet, string label) =>
        sheet.Column(1).CellsUsed().Single(c => c.GetString() == label).CellRight();
}
