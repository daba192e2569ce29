using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using ShopSmart.ExcelExport.Charts;

namespace ShopSmart.ExcelExport.Layout;

/// <summary>
/// Writes a tiny workbook with the features the real one uses (table, styles, number formats, colour scale, page
/// setup) and one chart to memory, on a background thread while the queries run: the first save of a process spends
/// most of its time compiling ClosedXML's and the Open XML SDK's code, and the database work leaves a core free for it.
/// </summary>
public static class WarmUp
{
    public static Task Start() => Task.Run(() =>
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("warm-up");
        sheet.Cell(1, 1).SetValue("text");
        sheet.Cell(1, 2).SetValue("number");
        for (var row = 2; row <= 4; row++)
        {
            sheet.Cell(row, 1).SetValue($"row {row}");
            sheet.Cell(row, 2).SetValue(row * 1.5);
        }

        sheet.Range(2, 2, 4, 2).Style.NumberFormat.Format = CellFormats.Code(CellFormat.Money);
        sheet.Range(1, 1, 4, 2).CreateTable("WarmUp").Theme = XLTableTheme.TableStyleLight9;
        sheet.Range(2, 2, 4, 2).AddConditionalFormat().ColorScale().LowestValue(XLColor.White).HighestValue(XLColor.Blue);
        sheet.Row(2).Height = 30;
        sheet.SheetView.FreezeRows(1);
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.SetRowsToRepeatAtTop(1, 1);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);

        // Then the Open XML side: a chart added to the saved package, as ChartWriter does to the real one.
        var categories = new SheetRange("warm-up", 1, 2, 4);
        var chart = new ChartSpec(
            ChartKind.ColumnLine, "warm-up", categories,
            [new ChartSeries(SheetRange.Cell("warm-up", 1, 2), new SheetRange("warm-up", 2, 2, 4), "#000000"),
             new ChartSeries(SheetRange.Cell("warm-up", 1, 2), new SheetRange("warm-up", 2, 2, 4), "#000000", OnSecondaryAxis: true)],
            ChartAnchor.At(4, 1, 4, 10));
        using var document = SpreadsheetDocument.Open(stream, isEditable: true);
        ChartWriter.AddCharts(document, [new ChartData(chart, ["a", "b", "c"], ["n", "n"], [[1.0, 2.0, 3.0], [1.0, 2.0, 3.0]])]);
        PrintTitles.MakeAbsolute(document);
    });
}
