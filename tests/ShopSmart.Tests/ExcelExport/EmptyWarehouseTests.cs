using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ShopSmart.ExcelExport.Sheets;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.ExcelExport;

/// <summary>A warehouse with nothing loaded still gives every sheet, each saying what is missing.</summary>
public sealed class EmptyWarehouseTests : IDisposable
{
    private readonly DuckDbWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    [Fact]
    public void An_empty_warehouse_gives_every_sheet_with_a_note_where_data_is_missing()
    {
        var result = WorkbookFixture.Export(_warehouse, _warehouse.File("out"));

        using var workbook = new XLWorkbook(result.Path);
        Assert.Equal(WorkbookBuilder.Sheets.Select(s => s.Name), workbook.Worksheets.Select(w => w.Name));
        foreach (var name in new[] { OverviewSheet.SheetName, SalesTrendSheet.SheetName, CountriesSheet.SheetName, ProductsSheet.SheetName, WhenCustomersBuySheet.SheetName })
        {
            Assert.Contains(workbook.Worksheet(name).CellsUsed(), c => c.GetString() == MissingData.NoSales);
        }

        foreach (var name in new[] { CohortsSheet.SheetName, SegmentsSheet.SheetName })
        {
            Assert.Contains(workbook.Worksheet(name).CellsUsed(), c => c.GetString() == MissingData.NoCustomers);
        }

        using var document = SpreadsheetDocument.Open(result.Path, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }
}
