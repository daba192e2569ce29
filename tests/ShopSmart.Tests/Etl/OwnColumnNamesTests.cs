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
        Assert.Contains("--column Quantity=Qty", refused.Output.Replace("\n", " ", StringComparison.Ordinal));

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
    public void A_file_naming_a_column_both_ways_is_refused_naming_both()
    {
        var layout = Named("Quantity=Qty");

        var refused = Assert.Throws<SourceFileException>(() => SourceLayout.Detect(
            ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country", "Qty"], "f.csv", layout));

        Assert.Contains("the header names the Quantity column 2 times (Quantity in column 4 and Qty in column 9)", refused.Message);
    }

    [Theory]
    [InlineData("Amount=Qty", "--column Amount=Qty (or Etl:Source:Columns:Amount): 'Amount' is not one of InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country.")]
    [InlineData("Quantity=", "--column Quantity= (or Etl:Source:Columns:Quantity): the file's name for the column is empty.")]
    [InlineData("Qty", "--column 'Qty' is not Column=Name (for example --column Quantity=Qty).")]
    public void A_bad_column_name_is_refused_before_any_file_is_read(string given, string message) =>
        Assert.Equal(message, Assert.Throws<BadInputException>(() => Named(given)).Message);

    [Fact]
    public void One_column_named_twice_or_one_name_for_two_columns_is_refused()
    {
        Assert.Contains("the UnitPrice column is already named 'Cost'",
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
        var header = ColumnNames.Parse(settings).Apply(["Amount", "Qty", "Cost"], out var renamed);
        Assert.Equal(["UnitPrice", "Quantity", "Cost"], header!.Select(h => h ?? string.Empty));
        Assert.Equal(["'Amount' as UnitPrice", "'Qty' as Quantity"], renamed);
    }
}
