using ClosedXML.Excel;
using ShopSmart.ExcelExport.Sheets;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.ExcelExport;

/// <summary>Sales loaded but no model trained yet: every sheet is there, model parts say so, the view-only parts are full.</summary>
public sealed class NoModelRunTests : IDisposable
{
    private readonly DuckDbWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    [Fact]
    public void A_warehouse_with_no_model_run_gives_every_sheet_and_a_note_where_the_models_are_missing()
    {
        Assert.Equal(0, CliRunner.Etl("load", TestData.SamplePath, "--duckdb", _warehouse.Engine.DatabasePath).ExitCode);

        var result = WorkbookFixture.Export(_warehouse, _warehouse.File("out"));

        using var workbook = new XLWorkbook(result.Path);
        Assert.Equal(WorkbookBuilder.Sheets.Select(s => s.Name), workbook.Worksheets.Select(w => w.Name));
        foreach (var name in new[] { ModelsSheet.SheetName, PromotionSheet.SheetName, CrossSellSheet.SheetName, CrossSellRulesSheet.SheetName, SegmentsSheet.SheetName })
        {
            Assert.Contains(workbook.Worksheet(name).CellsUsed(), c => c.GetString() == MissingData.NoModelRun);
        }

        // The segments need no model: the loyalty and win-back lists are full, their model columns empty.
        var winBack = SheetNumbersTests.TableRows(workbook, WinBackSheet.SheetName, "WinBack");
        Assert.NotEmpty(winBack);
        Assert.All(winBack, r => Assert.True(r.Field("Value at risk").IsEmpty()));

        var loyalty = SheetNumbersTests.TableRows(workbook, LoyaltySheet.SheetName, "Loyalty");
        Assert.NotEmpty(loyalty);
        Assert.All(loyalty, r => Assert.True(r.Field("12-month CLV").IsEmpty()));
        Assert.Equal("none yet", workbook.Worksheet(OverviewSheet.SheetName).Column(1).CellsUsed().Single(c => c.GetString() == "Latest model run").CellRight().GetString());
    }
}
