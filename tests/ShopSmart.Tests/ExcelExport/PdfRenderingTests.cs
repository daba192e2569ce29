using ShopSmart.ExcelExport.Layout;
using ShopSmart.ExcelExport.Sheets;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.ExcelExport;

/// <summary>
/// The workbook opens in LibreOffice: converted to PDF headless, every sheet prints in order, and each chart or
/// summary sheet fits one page (so no chart is split). Skips with the reason when LibreOffice is not installed.
/// </summary>
[Collection(WorkbookCollection.Name)]
public sealed class PdfRenderingTests(WorkbookFixture fixture)
{
    [SkippableFact]
    public void LibreOffice_prints_every_sheet_in_order_and_each_chart_sheet_on_one_page()
    {
        LibreOffice.Require();
        using var folder = new TempDirectory();

        var pages = LibreOffice.PageTexts(LibreOffice.ConvertToPdf(fixture.Path, folder.Path));

        // Each page's header is its sheet's name (the page setup prints it).
        var sheetOfPage = pages.Select(SheetOf).ToList();
        var expected = new List<string>();
        foreach (var sheet in WorkbookBuilder.Sheets)
        {
            var count = sheetOfPage.Count(s => s == sheet.Name);
            Assert.True(count >= 1, $"'{sheet.Name}' has no page; pages: {string.Join(" | ", sheetOfPage)}");
            if (sheet.Layout == PageLayout.OnePage)
            {
                Assert.True(count == 1, $"'{sheet.Name}' prints on {count} pages, not one");
            }

            expected.AddRange(Enumerable.Repeat(sheet.Name, count));
        }

        Assert.Equal(expected, sheetOfPage);
    }

    private static string SheetOf(string page)
    {
        var first = page.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? string.Empty;
        return WorkbookBuilder.Sheets.Select(s => s.Name).Where(first.StartsWith).OrderByDescending(n => n.Length).FirstOrDefault() ?? first;
    }
}
