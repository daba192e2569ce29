using Dapper;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

public sealed class OnlineRetailIICsvTests
{
    [Fact]
    public void The_Online_Retail_II_csv_export_loads_with_ISO_dates_and_float_customer_ids()
    {
        // Given the CSV form of Online Retail II as commonly exported: ISO dates, Customer ID written as 13085.0
        using var warehouse = new DuckDbWarehouse();
        using var folder = new TempDirectory();
        var path = TestData.WriteCsv(folder.File("online_retail_II.csv"),
        [
            "Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country",
            "489434,85048,15CM CHRISTMAS GLASS BALL 20 LIGHTS,12,2009-12-01 07:45:00,6.95,13085.0,United Kingdom",
            "489434,79323P,PINK CHERRY LIGHTS,12,2009-12-01 07:45:00,6.75,13085.0,United Kingdom",
            "C489449,22087,PAPER BUNTING WHITE LACE,-12,2009-12-01 10:33:00,2.95,16321.0,Australia",
            "489464,21733,85123a mixed,-96,2009-12-01 10:52:00,0.0,,United Kingdom",
        ]);

        // When it is loaded
        var result = CliRunner.Etl("load", path, "--duckdb", warehouse.Engine.DatabasePath);

        // Then the layout is recognised and the values read as the xlsx would give them
        Assert.Equal(0, result.ExitCode);
        using var db = warehouse.Open();
        Assert.Equal(("OnlineRetailII", 4L, 4L), db.QuerySingle<(string, long, long)>("SELECT layout, rows_read, rows_loaded FROM etl.batch"));
        Assert.Equal(["13085", "16321"], db.Query<string>("SELECT customer_id FROM dw.dim_customer WHERE NOT is_unknown ORDER BY 1"));
        Assert.Equal(new DateTime(2009, 12, 1, 7, 45, 0), db.ExecuteScalar<DateTime>("SELECT min(invoice_at) FROM dw.fact_sales"));
        Assert.Equal(1, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales WHERE is_stock_adjustment"));
        Assert.Equal(1, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales WHERE is_cancellation"));
    }
}
