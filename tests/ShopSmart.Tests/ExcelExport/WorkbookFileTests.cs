using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ShopSmart.ExcelExport.Sheets;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace ShopSmart.Tests.ExcelExport;

/// <summary>The exported file as a whole: valid Open XML, sheets in order, charts wired to real cells.</summary>
[Collection(WorkbookCollection.Name)]
public sealed class WorkbookFileTests(WorkbookFixture fixture)
{
    [Fact]
    public void The_workbook_passes_the_Open_XML_validator_with_no_error()
    {
        using var document = SpreadsheetDocument.Open(fixture.Path, isEditable: false);

        var errors = new OpenXmlValidator().Validate(document).Take(20).ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void Reopening_finds_every_sheet_in_workbook_order()
    {
        using var workbook = fixture.Open();

        Assert.Equal(WorkbookBuilder.Sheets.Select(s => s.Name), workbook.Worksheets.Select(w => w.Name));
        Assert.Equal(WorkbookBuilder.Sheets.Select(s => s.Name), fixture.Result.Sheets);
    }

    [Fact]
    public void The_file_is_named_for_the_run_date_and_no_temporary_file_is_left()
    {
        Assert.Equal($"ShopSmart_Marketing_{WorkbookFixture.RunDate:yyyy-MM-dd}.xlsx", Path.GetFileName(fixture.Path));
        Assert.Equal([fixture.Path], Directory.GetFiles(Path.GetDirectoryName(fixture.Path)!));
    }

    [Fact]
    public void Every_chart_series_refers_to_existing_non_empty_cells()
    {
        using var workbook = fixture.Open();
        using var document = SpreadsheetDocument.Open(fixture.Path, isEditable: false);
        var charts = document.WorkbookPart!.WorksheetParts.SelectMany(w => w.DrawingsPart?.ChartParts ?? []).ToList();

        Assert.True(charts.Count >= 6, $"{charts.Count} charts");
        foreach (var chart in charts)
        {
            var series = chart.ChartSpace.Descendants<C.Values>().ToList();
            Assert.NotEmpty(series);
            foreach (var values in series)
            {
                var numbers = Cells(workbook, values.Descendants<C.Formula>().Single().Text);
                Assert.NotEmpty(numbers);
                Assert.Contains(numbers, c => c.DataType == XLDataType.Number);
            }

            foreach (var formula in chart.ChartSpace.Descendants<C.CategoryAxisData>().Select(c => c.Descendants<C.Formula>().Single().Text))
            {
                var labels = Cells(workbook, formula);
                Assert.All(labels, c => Assert.False(c.IsEmpty(), $"{formula}: empty category {c.Address}"));
            }

            foreach (var formula in chart.ChartSpace.Descendants<C.SeriesText>().Select(c => c.Descendants<C.Formula>().Single().Text))
            {
                Assert.All(Cells(workbook, formula), c => Assert.False(string.IsNullOrWhiteSpace(c.GetString()), $"{formula}: no series name"));
            }
        }
    }

    /// <summary>The cells of a chart formula such as <c>'Sales trend'!$B$5:$B$17</c>.</summary>
    internal static IReadOnlyList<IXLCell> Cells(XLWorkbook workbook, string formula)
    {
        var bang = formula.LastIndexOf('!');
        var sheetName = formula[..bang].Trim('\'').Replace("''", "'", StringComparison.Ordinal);
        Assert.True(workbook.TryGetWorksheet(sheetName, out var sheet), $"{formula}: no sheet '{sheetName}'");
        var range = sheet.Range(formula[(bang + 1)..].Replace("$", string.Empty, StringComparison.Ordinal));
        var first = range.RangeAddress.FirstAddress;
        var last = range.RangeAddress.LastAddress;
        return (from row in Enumerable.Range(first.RowNumber, last.RowNumber - first.RowNumber + 1)
                from column in Enumerable.Range(first.ColumnNumber, last.ColumnNumber - first.ColumnNumber + 1)
                select sheet.Cell(row, column)).ToList();
    }
}
