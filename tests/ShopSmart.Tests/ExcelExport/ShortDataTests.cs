using ClosedXML.Excel;
using ShopSmart.ExcelExport.Sheets;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.ExcelExport;

/// <summary>Data shorter than one full month: the Overview says why its key figures are empty.</summary>
public sealed class ShortDataTests : IDisposable
{
    private readonly DuckDbWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    [Fact]
    public void With_less_than_a_full_month_the_overview_says_its_periods_hold_no_sales()
    {
        // Given two days of December 2010: the last full month, November 2010, is before the data
        var path = TestData.WriteCsv(_warehouse.File("two-days.csv"),
        [
            TestData.OnlineRetailHeader,
            "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/13/2010 8:26,2.55,17850,United Kingdom",
            "536366,71053,WHITE METAL LANTERN,6,12/14/2010 8:28,3.39,17850,United Kingdom",
        ]);
        Assert.Equal(0, CliRunner.Etl("load", path, "--duckdb", _warehouse.Engine.DatabasePath).ExitCode);

        var result = WorkbookFixture.Export(_warehouse, _warehouse.File("out"));

        using var workbook = new XLWorkbook(result.Path);
        var notes = workbook.Worksheet(OverviewSheet.SheetName).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains(notes, n => n.StartsWith("No sales in Nov 2010: the data holds no full month yet", StringComparison.Ordinal));
    }
}
