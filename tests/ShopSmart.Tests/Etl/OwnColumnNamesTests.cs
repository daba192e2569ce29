using Dapper;
using ShopSmart.Core.Runs;
using ShopSmart.Etl.Sources;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

/// <summary>
/// An export whose header names the Online Retail columns its own way (Qty, Customer Number) loads once the user says
/// which is which (--column Quantity=Qty, or Etl:Source:Columns), and is refused with that hint until then.
/// </summary>
public sealed class OwnColumnNamesTests : IDisposable
{
    private static readonly string[] OwnExport =
    [
        "Invoice Number,Product Code,Description,Qty,Date,Unit Price,Customer Number,Country",
        "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/13/2010 8:26,2.55,17850,United Kingdom",
        "Invoice Number,Product Code,Description,Qty,Date,Unit Price,Customer Number,Country",
        "536366,22633,HAND WARMER UNION JACK,6,12/13/2010 8:28,1.85,13047,France",
    ];

    private static readonly string[] Names =
    [
        "--column", "InvoiceNo=Invoice Number", "--column", "StockCode=Product Code", "--column", "Quantity=Qty",
        "--column", "InvoiceDate=Date", "--column", "CustomerID=Customer Number",
    ];

    private readonly DuckDbWarehouse _warehouse = new();

    private static ColumnNames Named(params string[] texts) => ColumnNames.Parse(texts.Select(ColumnNames.Pair));

    public void Dispose() => _warehouse.Dispose();

    [Fact]
    public void An_export_with_its_own_column_names_loads_once_they_are_named_and_is_refused_with_the_hint_before()
    {
        var path = TestData.WriteCsv(_warehouse.File("own.csv"), OwnExport);

        // When it is loaded as it is, it is refused, and the message says how to name the columns
        var refused = CliRunner.Etl("load", path, "--duckdb", _warehouse.Engine.DatabasePath);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("say which is which: --column InvoiceNo=<its name> (or Etl:Source:Columns:InvoiceNo)", refused.Output.Replace("\n", " ", StringComparison.Ordinal));

        // When the columns are named (UnitPrice's 'Unit Price' already reads as UnitPrice), it loads, saying how it read them
        var loaded = CliRunner.Etl(["load", path, .. Names, "--duckdb", _warehouse.Engine.DatabasePath]);
        Assert.Equal(0, loaded.ExitCode);
        Assert.Contains("columns 'Invoice Number' as InvoiceNo, 'Product Code' as StockCode, 'Qty' as Quantity, 'Date' as InvoiceDate, 'Customer Number' as CustomerID",
            loaded.Output.Replace("\n", " ", StringComparison.Ordinal));
        using var db = _warehouse.Open();
        Assert.Equal(
            [("536365", "85123A", 6, 2.55m, "17850"), ("536366", "22633", 6, 1.85m, "13047")],
            db.Query<(string, string, int, decimal, string)>("""
                SELECT f.invoice_no, f.stock_code_raw, f.quantity, f.unit_price, c.customer_id
                FROM dw.fact_sales AS f JOIN dw.dim_customer AS c ON c.customer_key = f.customer_key ORDER BY 1
                """));

        // And its header repeated inside the data, in its own words, is told as such
        Assert.Equal(RejectReasons.RepeatedHeader, db.ExecuteScalar<string>("SELECT reason_code FROM etl.rejected_row"));
    }

    [Fact]
    public void A_name_the_header_does_not_hold_is_passed_over_so_the_usual_names_still_load()
    {
        // Given a setting made for another export, and a UCI file
        var path = TestData.WriteCsv(_warehouse.File("uci.csv"),
            [TestData.OnlineRetailHeader, "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/13/2010 8:26,2.55,17850,United Kingdom"]);

        var loaded = CliRunner.Etl(["load", path, .. Names, "--duckdb", _warehouse.Engine.DatabasePath]);

        Assert.Equal(0, loaded.ExitCode);
        Assert.DoesNotContain("columns '", loaded.Output);
    }

    [Fact]
    public void A_file_holding_the_given_name_twice_is_refused_naming_both_and_the_usual_name_is_then_an_extra()
    {
        var layout = Named("Quantity=Qty");

        var refused = Assert.Throws<SourceFileException>(() => SourceLayout.Detect(
            ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country", "Qty", "qty"], "f.csv", layout));

        Assert.Contains("the header names the Quantity column 2 times (Qty in column 9 and qty in column 10)", refused.Message);
        var once = SourceLayout.Detect(
            ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country", "Qty"], "f.csv", layout);
        Assert.Equal(8, once[SourceColumn.Quantity]);
        Assert.Equal(["Quantity"], once.ExtraColumns);
    }

    [Theory]
    [InlineData("Amount=Qty", "--column Amount=Qty (or Etl:Source:Columns:Amount): 'Amount' is not one of InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country, InvoiceTime (a time of day apart from the date).")]
    [InlineData("Quantity=", "--column Quantity= (or Etl:Source:Columns:Quantity): the file's name for the column is empty, and a file cannot do without Quantity (only Description, CustomerID, Country, InvoiceTime may be said to be absent).")]
    [InlineData("Qty", "--column 'Qty' is not Column=Name (for example --column Quantity=Qty).")]
    public void A_bad_column_name_is_refused_before_any_file_is_read(string given, string message) =>
        Assert.Equal(message, Assert.Throws<BadInputException>(() => Named(given)).Message);

    [Fact]
    public void One_column_named_twice_or_one_name_for_two_columns_is_refused()
    {
        Assert.Contains("the UnitPrice column is named twice, by UnitPrice=Cost and Price=Amount",
            Assert.Throws<BadInputException>(() => Named("UnitPrice=Cost", "Price=Amount")).Message);
        Assert.Contains("'qty' already stands for the Quantity column",
            Assert.Throws<BadInputException>(() => Named("Quantity=Qty", "StockCode=qty")).Message);
    }

    [Fact]
    public void The_command_line_names_a_column_over_the_settings_whatever_word_names_it()
    {
        // Given settings naming UnitPrice and Quantity, and a command line naming the price by its Online Retail II word
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["UnitPrice"] = "Cost", ["Quantity"] = "Qty" };

        ColumnNames.Override(settings, ["Price=Amount"]);

        Assert.Equal(new Dictionary<string, string> { ["Quantity"] = "Qty", ["Price"] = "Amount" }, settings);
        var layout = SourceLayout.Detect(
            ["InvoiceNo", "StockCode", "Description", "Qty", "InvoiceDate", "Amount", "CustomerID", "Country", "Cost"], "f.csv", ColumnNames.Parse(settings));
        Assert.Equal((3, 5, ", columns 'Qty' as Quantity, 'Amount' as UnitPrice"), (layout[SourceColumn.Quantity], layout[SourceColumn.UnitPrice], layout.RenamedDescribed));
        Assert.Equal(["Cost"], layout.ExtraColumns);
    }

    [Fact]
    public void A_column_named_twice_on_the_command_line_is_refused()
    {
        var settings = new Dictionary<string, string>();

        var refused = Assert.Throws<BadInputException>(() => ColumnNames.Override(settings, ["Quantity=Qty", "Quantity=Menge"]));

        Assert.Equal("--column Quantity=Qty and --column Quantity=Menge name one column twice: give it once.", refused.Message);
    }

    [Theory]
    [InlineData("Invoice,StockCode,Description,Quantity,InvoiceDate,Cost,Customer ID,Country", "Price=Cost", SourceLayout.OnlineRetailII)]
    [InlineData("Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country", "InvoiceNo=Invoice", SourceLayout.OnlineRetailII)]
    [InlineData("Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country", "UnitPrice=Price", SourceLayout.OnlineRetailII)]
    [InlineData("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country", "UnitPrice=Cost", SourceLayout.OnlineRetail)]
    public void Names_given_for_one_export_read_beside_either_layouts_own(string header, string given, string layout)
    {
        // A setting made for one export must not stop the UCI files of either layout from loading
        var detected = SourceLayout.Detect(header.Split(','), "f.csv", Named(given));

        Assert.Equal(layout, detected.Name);
        Assert.Equal(5, detected[SourceColumn.UnitPrice]);
    }

    [Fact]
    public void A_name_the_user_gave_for_one_column_is_that_column_whatever_it_usually_means()
    {
        // Given an export whose 'Price' column holds the quantity and 'Amount' the unit price
        var layout = SourceLayout.Detect(["InvoiceNo", "StockCode", "Description", "Price", "InvoiceDate", "Amount", "CustomerID", "Country"], "f.csv",
            Named("Quantity=Price", "UnitPrice=Amount"));

        Assert.Equal((3, 5), (layout[SourceColumn.Quantity], layout[SourceColumn.UnitPrice]));
    }

    [Fact]
    public void A_missing_column_whose_given_name_is_not_in_the_header_is_named_so()
    {
        var refused = Assert.Throws<SourceFileException>(() => SourceLayout.Detect(
            ["InvoiceNo", "StockCode", "Description", "Qty", "InvoiceDate", "UnitPrice", "CustomerID", "Country"], "f.csv", Named("Quantity=Menge")));

        Assert.Contains("missing column(s) Quantity", refused.Message);
        Assert.Contains("it has no column named 'Menge' (given for Quantity)", refused.Message);
        Assert.EndsWith("say which is which: --column Quantity=<its name> (or Etl:Source:Columns:Quantity).", refused.Message);
    }

    [Fact]
    public void Settings_naming_one_column_by_both_its_words_are_refused_naming_both()
    {
        // As appsettings.json's UnitPrice and an environment variable's Price would
        var refused = Assert.Throws<BadInputException>(() => Named("UnitPrice=Amount", "Price=Cost"));

        Assert.Equal(
            "the UnitPrice column is named twice, by UnitPrice=Amount and Price=Cost (--column or Etl:Source:Columns; a column's words in either layout are one column): name it once.",
            refused.Message);
    }

    [Fact]
    public void A_workbook_says_which_columns_it_read_by_their_own_names_on_any_sheet()
    {
        // Given a workbook whose first sheet uses the usual names and whose second its own
        var path = _warehouse.File("two-sheets.xlsx");
        using (var book = new ClosedXML.Excel.XLWorkbook())
        {
            foreach (var (name, quantity) in new[] { ("Sales", "Quantity"), ("Returns", "Qty") })
            {
                var sheet = book.AddWorksheet(name);
                ExcelFixtures.WriteRow(sheet, 1, ["InvoiceNo", "StockCode", "Description", quantity, "InvoiceDate", "UnitPrice", "CustomerID", "Country"]);
                ExcelFixtures.WriteRow(sheet, 2, [536365, "85123A", "HEART", 6, new DateTime(2010, 12, 1, 8, 26, 0), 2.55, 17850, "United Kingdom"]);
            }

            book.SaveAs(path);
        }

        var sink = new CollectingSink();
        var options = new SourceOptions { Columns = new() { ["Quantity"] = "Qty" } };

        SourceReader.Read(SourceFile.Inspect(path), sink, options, default);

        Assert.Equal(2, sink.Lines.Count);
        Assert.EndsWith("'Returns' 1 rows (columns 'Qty' as Quantity)", sink.Format);
    }

    [Fact]
    public void A_file_without_a_country_column_loads_once_told_its_lines_have_none_and_a_file_with_one_still_reads_it()
    {
        // Given a till export with no country (Square, Lightspeed), and the UCI layout with its Country
        var till = TestData.WriteCsv(_warehouse.File("till.csv"),
        [
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID",
            "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/13/2010 8:26,2.55,17850",
        ]);
        var uci = TestData.WriteCsv(_warehouse.File("uci.csv"),
        [
            TestData.OnlineRetailHeader,
            "536366,22633,HAND WARMER UNION JACK,6,12/13/2010 8:28,1.85,13047,France",
        ]);

        // When it is loaded as it is, it is refused naming the missing column; told it has none, both load
        var refused = CliRunner.Etl("load", till, "--duckdb", _warehouse.Engine.DatabasePath);
        var loaded = CliRunner.Etl("load", till, uci, "--column", "Country=", "--duckdb", _warehouse.Engine.DatabasePath);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("missing column(s) Country", refused.Output);
        Assert.Contains("if it has none, say so and its lines will have none: --column Country=.", refused.Output.Replace("\n", " ", StringComparison.Ordinal));
        Assert.Equal(0, loaded.ExitCode);
        Assert.Contains("columns none for Country", loaded.Output);
        using var db = _warehouse.Open();
        Assert.Equal(
            [("536365", true), ("536366", false)],
            db.Query<(string, bool)>("""
                SELECT f.invoice_no, c.country_key = 0 FROM dw.fact_sales AS f JOIN dw.dim_country AS c ON c.country_key = f.country_key ORDER BY 1
                """));
    }

    [Fact]
    public void A_workbook_without_customer_and_description_columns_loads_once_told_and_a_needed_column_cannot_be_said_absent()
    {
        var path = _warehouse.File("till.xlsx");
        using (var book = new ClosedXML.Excel.XLWorkbook())
        {
            var sheet = book.AddWorksheet("Sales");
            ExcelFixtures.WriteRow(sheet, 1, ["InvoiceNo", "StockCode", "Quantity", "InvoiceDate", "UnitPrice", "Country"]);
            ExcelFixtures.WriteRow(sheet, 2, [536365, "85123A", 6, new DateTime(2010, 12, 1, 8, 26, 0), 2.55, "United Kingdom"]);

            book.SaveAs(path);
        }

        var sink = new CollectingSink();
        SourceReader.Read(SourceFile.Inspect(path), sink, new SourceOptions { Columns = new() { ["CustomerID"] = "", ["Description"] = " " } }, default);

        var line = Assert.Single(sink.Lines);
        Assert.Equal(("85123A", (string?)null, (string?)null, "United Kingdom"), (line.StockCode, line.Description, line.CustomerId, line.Country));
        Assert.EndsWith("columns none for Description, none for CustomerID", sink.Format);

        var needed = Assert.Throws<BadInputException>(() => Named("Quantity="));
        Assert.Contains("a file cannot do without Quantity (only Description, CustomerID, Country, InvoiceTime may be said to be absent)", needed.Message);
    }

    [Fact]
    public void Lines_of_no_country_neither_outrank_a_customers_known_country_nor_count_as_one()
    {
        // Given a customer's one line in France, then three lines from a till export with no country column
        var uci = TestData.WriteCsv(_warehouse.File("uci.csv"),
        [
            TestData.OnlineRetailHeader,
            "536366,22633,HAND WARMER UNION JACK,6,12/13/2010 8:28,1.85,13047,France",
        ]);
        var till = TestData.WriteCsv(_warehouse.File("till.csv"),
        [
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID",
            "536370,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/14/2010 8:26,2.55,13047",
            "536371,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/15/2010 8:26,2.55,13047",
            "536372,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/16/2010 8:26,2.55,13047",
            "536373,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/16/2010 9:26,2.55,17850",
        ]);

        Assert.Equal(0, CliRunner.Etl("load", uci, till, "--column", "Country=", "--duckdb", _warehouse.Engine.DatabasePath).ExitCode);

        // Then the customer is still in France, seen in one country; a customer of such lines only is in none
        using var db = _warehouse.Open();
        Assert.Equal(
            [("13047", "France", 1), ("17850", "(unknown)", 0)],
            db.Query<(string, string, int)>("""
                SELECT c.customer_id, k.country_name, c.countries_count
                FROM dw.dim_customer AS c JOIN dw.dim_country AS k ON k.country_key = c.country_key
                WHERE NOT c.is_unknown ORDER BY 1
                """));
    }

    [Fact]
    public void A_file_lacking_several_columns_that_may_be_absent_is_told_how_to_say_so_for_all_of_them()
    {
        var refused = Assert.Throws<SourceFileException>(() => SourceLayout.Detect(
            ["Invoice", "StockCode", "Quantity", "InvoiceDate", "Price"], "f.csv"));

        Assert.EndsWith("if it has none, say so and its lines will have none: --column Description= --column \"Customer ID=\" --column Country=.", refused.Message);
        var customer = Assert.Throws<SourceFileException>(() => SourceLayout.Detect(
            ["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price", "Country"], "f.csv"));
        Assert.Contains("say which is which: --column \"Customer ID=<its name>\" (or Etl:Source:Columns:Customer ID); if it has none", customer.Message);
    }
}
