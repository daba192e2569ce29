using Dapper;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

public sealed class OnlineRetailIIWorkbookTests
{
    [Fact]
    public void Both_sheets_of_an_Online_Retail_II_workbook_load_with_their_layout_detected()
    {
        // Given a workbook with the published sheet names and header, numbers and dates typed as Excel stores them
        using var warehouse = new DuckDbWarehouse();
        using var folder = new TempDirectory();
        var path = ExcelFixtures.OnlineRetailII(folder.File("online_retail_II.xlsx"), rowsPerSheet: 300);
        var expected = ExcelFixtures.Lines(489434, 300).Concat(ExcelFixtures.Lines(536365, 300)).ToList();

        // When it is loaded
        var result = CliRunner.Etl("load", path, "--duckdb", warehouse.Engine.DatabasePath);

        // Then every line of both sheets is in the warehouse with its sheet, values and layout
        Assert.Equal(0, result.ExitCode);
        using var db = warehouse.Open();
        var batch = db.QuerySingle<(string Layout, long Read, long Loaded, decimal Value)>(
            "SELECT layout, rows_read, rows_loaded, loaded_value FROM etl.batch");
        Assert.Equal(("OnlineRetailII", 600L, 600L), (batch.Layout, batch.Read, batch.Loaded));
        Assert.Equal(expected.Sum(l => l.Quantity * l.Price), batch.Value);
        Assert.Equal(
            [("Year 2009-2010", 300L), ("Year 2010-2011", 300L)],
            db.Query<(string, long)>("SELECT source_sheet, count(*) FROM dw.fact_sales GROUP BY 1 ORDER BY 1"));
        Assert.Equal(expected.Count(l => l.Invoice.StartsWith('C')), db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales WHERE is_cancellation"));
        Assert.Equal(expected.Count(l => l.Customer is null), db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales WHERE is_missing_customer"));
        var first = db.QuerySingle<(string Invoice, DateTime At, string Customer)>("""
            SELECT f.invoice_no, f.invoice_at, c.customer_id
            FROM dw.fact_sales AS f JOIN dw.dim_customer AS c ON c.customer_key = f.customer_key
            WHERE f.source_sheet = 'Year 2010-2011' AND f.source_row_number = 2
            """);
        Assert.Equal(("536365", new DateTime(2010, 12, 1, 8, 26, 0), "12346"), first);
    }
}
