using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using ShopSmart.ExcelExport.Charts;
using ShopSmart.ExcelExport.Commands;
using ShopSmart.ExcelExport.Layout;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>Writes the sheets in workbook order with ClosedXML, saves, then adds to the saved file what ClosedXML cannot write (native charts) or writes slowly (long lists' rows).</summary>
public static class WorkbookBuilder
{
    /// <summary>The sheets, in the order a marketer reads them.</summary>
    public static IReadOnlyList<IWorkbookSheet> Sheets { get; } =
    [
        new OverviewSheet(),
        new SalesTrendSheet(),
        new CountriesSheet(),
        new ProductsSheet(),
        new WhenCustomersBuySheet(),
        new CohortsSheet(),
        new SegmentsSheet(),
        new ModelsSheet(),
        new WinBackSheet(),
        new PromotionSheet(),
        new LoyaltySheet(),
        new CrossSellSheet(),
        new CrossSellRulesSheet(),
        new RecommendationsSheet(),
        new DataDictionarySheet(),
    ];

    /// <summary>Writes the workbook to <paramref name="path"/> (overwriting it) and returns the names of its sheets.</summary>
    public static IReadOnlyList<string> Write(string path, WorkbookInput input, StepTimer? timer = null)
    {
        List<ChartData> charts;
        IReadOnlyList<StreamedTable> streamed;
        using (var workbook = new XLWorkbook())
        {
            var context = new WorkbookContext(workbook);
            foreach (var sheet in Sheets)
            {
                sheet.Write(context, input);
                timer?.Lap($"sheet {sheet.Name}");
            }

            workbook.Properties.Title = "ShopSmart marketing workbook";
            workbook.Properties.Author = "ShopSmart Analytics";
            workbook.Properties.Created = input.RunDate.ToDateTime(TimeOnly.MinValue);
            charts = context.Charts.Select(c => Resolve(workbook, c)).ToList();
            streamed = context.StreamedTables;
            workbook.SaveAs(path);
            timer?.Lap("save (ClosedXML)");
        }

        using (var document = SpreadsheetDocument.Open(path, isEditable: true))
        {
            StreamedRows.Append(document, streamed);
            timer?.Lap($"{streamed.Sum(t => t.RowCount):N0} list rows (streamed)");
            ChartWriter.AddCharts(document, charts);
            PrintTitles.MakeAbsolute(document);
        }

        timer?.Lap($"{charts.Count} charts (Open XML)");
        return Sheets.Select(s => s.Name).ToList();
    }

    /// <summary>Reads the values a chart's ranges hold now, for the chart's cache.</summary>
    private static ChartData Resolve(XLWorkbook workbook, ChartSpec chart)
    {
        var sheet = workbook.Worksheet(chart.Sheet);
        IEnumerable<IXLCell> Cells(SheetRange range) => Enumerable.Range(range.FirstRow, range.Count).Select(r => sheet.Cell(r, range.Column));
        return new ChartData(
            chart,
            Cells(chart.Categories).Select(c => c.GetFormattedString()).ToList(),
            chart.Series.Select(s => sheet.Cell(s.Name.FirstRow, s.Name.Column).GetString()).ToList(),
            chart.Series.Select(s => (IReadOnlyList<double?>)Cells(s.Values).Select(c => c.DataType == XLDataType.Number ? c.GetDouble() : (double?)null).ToList()).ToList());
    }
}
