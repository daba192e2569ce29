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

    [Fact]
    public void A_sheet_whose_header_is_below_blank_rows_loads_and_one_without_a_header_is_refused()
    {
        using var warehouse = new DuckDbWarehouse();
        using var folder = new TempDirectory();
        var path = folder.File("two-sheets.xlsx");
        using (var workbook = new ClosedXML.Excel.XLWorkbook())
        {
            var first = workbook.AddWorksheet("Year 2009-2010");
            WriteHeader(first, 1);
            WriteLine(first, 2, "489434", 2);
            var second = workbook.AddWorksheet("Year 2010-2011");
            WriteHeader(second, 2); // row 1 left blank, as after deleting a title row
            WriteLine(second, 3, "536365", 3);
            WriteLine(second, 4, "536366", 4);
            workbook.SaveAs(path);
        }

        var result = CliRunner.Etl("load", path, "--duckdb", warehouse.Engine.DatabasePath);

        Assert.Equal(0, result.ExitCode);
        using (var db = warehouse.Open())
        {
            Assert.Equal(
                [("Year 2009-2010", 2L), ("Year 2010-2011", 3L), ("Year 2010-2011", 4L)],
                db.Query<(string, long)>("SELECT source_sheet, source_row_number FROM dw.fact_sales ORDER BY 1, 2"));
        }

        // A sheet whose first row with a value is not a header is not passed over: the file is refused, naming it.
        var notes = folder.File("notes.xlsx");
        using (var workbook = new ClosedXML.Excel.XLWorkbook())
        {
            var data = workbook.AddWorksheet("Orders");
            WriteHeader(data, 1);
            WriteLine(data, 2, "489435", 2);
            workbook.AddWorksheet("Notes").Cell("B3").Value = "exported by the shop";
            workbook.SaveAs(notes);
        }

        var refused = CliRunner.Etl("load", notes, "--duckdb", warehouse.Engine.DatabasePath);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("sheet 'Notes'", refused.Output);
    }

    [Fact]
    public void A_header_under_a_title_block_is_found_and_the_rows_above_it_named()
    {
        // Given a report-style sheet: a title, a blank row, then the header and a line
        using var warehouse = new DuckDbWarehouse();
        using var folder = new TempDirectory();
        var path = folder.File("report.xlsx");
        using (var workbook = new ClosedXML.Excel.XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("Orders");
            sheet.Cell(1, 1).Value = "Online Retail - export 2011-12-10";
            WriteHeader(sheet, 3);
            WriteLine(sheet, 4, "536365", 1);
            workbook.SaveAs(path);
        }

        var refused = CliRunner.Etl("load", path, "--duckdb", warehouse.Engine.DatabasePath);

        // Then the refusal says where the header is and what is above it, not to rename columns
        Assert.Equal(2, refused.ExitCode);
        var message = refused.Output.Replace("\n", " ", StringComparison.Ordinal);
        Assert.Contains("the header is on row 3, under rows that are no data (row 1: 'Online Retail - export 2011-12-10')", message);
        Assert.DoesNotContain("--column", message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("month-first")]
    public void A_workbook_a_spreadsheet_made_from_a_csv_in_the_other_date_order_is_refused_whatever_the_order_given(string? given)
    {
        // Given the UCI CSV opened in a UK spreadsheet and saved as a workbook: 12/1/2010 became a date cell of 12 January
        // (day and month swapped), 12/13/2010 could not be read day first and stayed text
        using var warehouse = new DuckDbWarehouse();
        using var folder = new TempDirectory();
        var path = folder.File("opened-in-uk.xlsx");
        using (var workbook = new ClosedXML.Excel.XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("online_retail");
            WriteHeader(sheet, 1);
            WriteLine(sheet, 2, "536365", 1);
            sheet.Cell(2, 5).Value = new DateTime(2010, 1, 12, 8, 26, 0);
            WriteLine(sheet, 3, "536366", 2);
            sheet.Cell(3, 5).Value = new DateTime(2010, 2, 12, 8, 28, 0);
            WriteLine(sheet, 4, "536367", 3);
            sheet.Cell(4, 5).Style.NumberFormat.Format = "@";
            sheet.Cell(4, 5).SetValue("12/13/2010 9:35");
            workbook.SaveAs(path);
        }

        // When it is loaded, with or without an order
        var refused = CliRunner.Etl(["load", path, .. given is null ? Array.Empty<string>() : ["--date-order", given], "--duckdb", warehouse.Engine.DatabasePath]);

        // Then it is refused, naming a text date and a swapped cell, and nothing is loaded
        Assert.Equal(2, refused.ExitCode);
        var message = refused.Output.Replace("\n", " ", StringComparison.Ordinal);
        Assert.Contains("sheet 'online_retail' row 4 '12/13/2010 9:35'", message);
        Assert.Contains("sheet 'online_retail' row 2 '2010-01-12 08:26'", message);
        Assert.Contains("day and month swapped", message);
        using var db = warehouse.Open();
        Assert.Equal(0L, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales"));
    }

    [Fact]
    public void Day_first_dates_written_as_text_refuse_the_workbook_unless_the_order_is_given()
    {
        using var warehouse = new DuckDbWarehouse();
        using var folder = new TempDirectory();
        var path = folder.File("text-dates.xlsx");
        using (var workbook = new ClosedXML.Excel.XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("Orders");
            WriteHeader(sheet, 1);
            WriteLine(sheet, 2, "536365", 1);
            WriteLine(sheet, 3, "536366", 2);
            // Text cells (ClosedXML would otherwise read a string that looks like a date as one, month first)
            sheet.Range(2, 5, 3, 5).Style.NumberFormat.Format = "@";
            sheet.Cell(2, 5).SetValue("01/12/2010 08:26"); // 1 December, or 12 January
            sheet.Cell(3, 5).SetValue("13/12/2010 09:02"); // only day first
            workbook.SaveAs(path);
        }

        var refused = CliRunner.Etl("load", path, "--duckdb", warehouse.Engine.DatabasePath);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("sheet 'Orders' row 3 '13/12/2010 09:02'", refused.Output);
        using (var db = warehouse.Open())
        {
            Assert.Equal(0L, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales"));
        }

        var loaded = CliRunner.Etl("load", path, "--date-order", "day-first", "--duckdb", warehouse.Engine.DatabasePath);

        Assert.Equal(0, loaded.ExitCode);
        using (var db = warehouse.Open())
        {
            Assert.Equal(
                [new DateTime(2010, 12, 1, 8, 26, 0), new DateTime(2010, 12, 13, 9, 2, 0)],
                db.Query<DateTime>("SELECT invoice_at FROM dw.fact_sales ORDER BY 1"));
        }
    }

    private static void WriteHeader(ClosedXML.Excel.IXLWorksheet sheet, int row)
    {
        string[] names = ["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price", "Customer ID", "Country"];
        for (var i = 0; i < names.Length; i++)
        {
            sheet.Cell(row, i + 1).Value = names[i];
        }
    }

    private static void WriteLine(ClosedXML.Excel.IXLWorksheet sheet, int row, string invoice, int quantity)
    {
        sheet.Cell(row, 1).Value = invoice;
        sheet.Cell(row, 2).Value = "85123A";
        sheet.Cell(row, 3).Value = "WHITE HANGING HEART T-LIGHT HOLDER";
        sheet.Cell(row, 4).Value = quantity;
        sheet.Cell(row, 5).Value = new DateTime(2010, 12, 1, 8, 26, 0);
        sheet.Cell(row, 6).Value = 2.55;
        sheet.Cell(row, 7).Value = 17850;
        sheet.Cell(row, 8).Value = "United Kingdom";
    }
}
