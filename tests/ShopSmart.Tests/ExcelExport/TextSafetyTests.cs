using System.Xml.Linq;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using ShopSmart.ExcelExport.Sheets;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.ExcelExport;

/// <summary>
/// Text from the data is written as text, never as a formula: lines whose description or country looks like a
/// formula are loaded by the real ETL, exported, and read back exactly as typed.
/// </summary>
public sealed class TextSafetyTests : IDisposable
{
    private static readonly string[] Texts = ["=HYPERLINK(\"http://x\",\"click\")", "+SUM(A1:A9)", "-1+1", "@cmd", "0012", "'quoted"];

    private readonly DuckDbWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    [Fact]
    public void Descriptions_and_countries_that_look_like_formulas_appear_exactly_as_typed()
    {
        // Given one product per text, and one country per text, loaded through the ETL
        var lines = new List<string> { TestData.OnlineRetailHeader };
        for (var i = 0; i < Texts.Length; i++)
        {
            var quoted = "\"" + Texts[i].Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            lines.Add($"53600{i},2000{i},{quoted},{10 - i},12/{i + 1}/2010 9:00,5.00,1785{i},{quoted}");
        }

        var load = CliRunner.Etl(
            "load", TestData.WriteCsv(_warehouse.File("formulas.csv"), lines), "--date-order", "month-first", "--duckdb", _warehouse.Engine.DatabasePath);
        Assert.Equal(0, load.ExitCode);

        // When the workbook is exported and reopened
        var path = WorkbookFixture.Export(_warehouse, _warehouse.File("out")).Path;
        using var workbook = new XLWorkbook(path);

        // Then each text is a text cell holding exactly what was typed, and no cell anywhere is a formula
        var descriptions = SheetNumbersTests.TableRows(workbook, ProductsSheet.SheetName, "TopProducts").Select(r => r.Field("Description")).ToList();
        var countries = SheetNumbersTests.TableRows(workbook, CountriesSheet.SheetName, "Countries").Select(r => r.Field("Country")).ToList();
        foreach (var cells in new[] { descriptions, countries })
        {
            Assert.Equal(Texts.Order(StringComparer.Ordinal), cells.Select(c => c.GetString()).Order(StringComparer.Ordinal));
            Assert.All(cells, c => Assert.Equal(XLDataType.Text, c.DataType));
        }

        Assert.DoesNotContain(workbook.Worksheets.SelectMany(w => w.CellsUsed()), c => c.HasFormula);
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        foreach (var sheet in document.WorkbookPart!.WorksheetParts)
        {
            using var stream = sheet.GetStream();
            Assert.DoesNotContain(XDocument.Load(stream).Descendants(), e => e.Name.LocalName == "f");
        }
    }
}
