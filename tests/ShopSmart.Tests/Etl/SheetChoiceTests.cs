using ClosedXML.Excel;
using Dapper;
using Microsoft.Extensions.Configuration;
using ShopSmart.Etl.Sources;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

/// <summary>
/// A workbook whose data sheet sits beside sheets of no data (a summary, a pivot table): refused as a whole, saying how
/// to name the sheets to read, and loaded once they are named (<c>--sheet</c>, or <c>Etl:Source:Sheets</c>).
/// </summary>
public sealed class SheetChoiceTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A sheet "Online Retail" of the UCI header and one line.</summary>
    private static void AddDataSheet(XLWorkbook book)
    {
        var data = book.AddWorksheet("Online Retail");
        ExcelFixtures.WriteRow(data, 1, ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"]);
        ExcelFixtures.WriteRow(data, 2, [536365, "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 6, new DateTime(2010, 12, 1, 8, 26, 0), 2.55, 17850, "United Kingdom"]);
    }

    private string Workbook()
    {
        var path = _folder.File("with-summary.xlsx");
        using var book = new XLWorkbook();
        var summary = book.AddWorksheet("Summary");
        summary.Cell("A1").Value = "Country";
        summary.Cell("B1").Value = "Revenue";
        summary.Cell("A2").Value = "United Kingdom";
        summary.Cell("B2").Value = 15.3;
        AddDataSheet(book);
        var notes = book.AddWorksheet("Notes");
        notes.Cell("A1").Value = "Exported by the shop's back office";
        book.SaveAs(path);
        return path;
    }

    [Fact]
    public void A_sheet_of_no_data_refuses_the_workbook_saying_how_to_name_the_sheets_to_read()
    {
        var refused = Assert.Throws<SourceFileException>(() =>
            SourceReader.Read(SourceFile.Inspect(Workbook()), new CollectingSink(), new SourceOptions(), default));

        Assert.Contains("[sheet 'Summary']", refused.Message);
        Assert.Contains("If the sheet holds no sales lines (a summary, a pivot table), read only the others: --sheet <name> (or Etl:Source:Sheets).", refused.Message);
    }

    [Fact]
    public void Named_sheets_are_read_and_the_others_passed_over_and_named()
    {
        var sink = new CollectingSink();

        SourceReader.Read(SourceFile.Inspect(Workbook()), sink, new SourceOptions { Sheets = [" online retail "] }, default);

        Assert.Equal(["85123A"], sink.Lines.Select(l => l.StockCode));
        Assert.Equal("from sheet 'Online Retail' 1 rows; not read (--sheet): 'Summary', 'Notes'", sink.Format);
    }

    [Fact]
    public void A_named_sheet_the_workbook_lacks_is_refused_naming_the_sheets_it_has()
    {
        var refused = Assert.Throws<SourceFileException>(() =>
            SourceReader.Read(SourceFile.Inspect(Workbook()), new CollectingSink(), new SourceOptions { Sheets = ["Sales"] }, default));

        Assert.EndsWith("the workbook has no sheet named 'Sales' (--sheet, or Etl:Source:Sheets): its sheets are 'Summary', 'Online Retail', 'Notes'.", refused.Message);
    }

    [Fact]
    public void Through_the_etl_the_sheet_option_loads_the_workbook_and_an_empty_name_is_refused_before_reading()
    {
        using var warehouse = new DuckDbWarehouse();
        var path = Workbook();

        var loaded = CliRunner.Etl("load", path, "--sheet", "Online Retail", "--duckdb", warehouse.Engine.DatabasePath);
        var empty = CliRunner.Etl("load", path, "--sheet", " ", "--duckdb", warehouse.Engine.DatabasePath);

        Assert.Equal(0, loaded.ExitCode);
        Assert.Contains("not read (--sheet): 'Summary', 'Notes'", loaded.Output);
        using (var db = warehouse.Open())
        {
            Assert.Equal(1L, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales"));
        }

        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("--sheet (or Etl:Source:Sheets): a sheet's name is empty.", empty.Output);
    }

    [Fact]
    public void Another_choice_of_sheets_is_another_batch_not_already_loaded_and_force_replaces_only_its_own()
    {
        using var warehouse = new DuckDbWarehouse();
        var path = Workbook();
        var renamed = _folder.File("with-summary-2.xlsx");
        File.Copy(path, renamed);
        CliRunner.Result Load(params string[] args) => CliRunner.Etl(["load", .. args, "--duckdb", warehouse.Engine.DatabasePath]);

        var first = Load(path, "--sheet", "Online Retail");
        var again = Load(path, "--sheet", " online retail ");
        var typo = Load(path, "--sheet", "Online Retail", "--sheet", "Onlne Retail");
        var whole = Load(path, "--sheet", "Online Retail", "--sheet", "Summary");
        var forced = Load(path, "--sheet", "Online Retail", "--force");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Already loaded as batch 1", again.Output);
        Assert.Contains("Already loaded as batch 1", typo.Output);

        // Another choice (here one that reads the summary too, and is refused for it) is not taken for the first one
        Assert.Equal(2, whole.ExitCode);
        Assert.Contains("[sheet 'Summary']", whole.Output);
        Assert.DoesNotContain("Already loaded", whole.Output);
        Assert.Contains("replacing batch 1 (--force)", forced.Output);
    }

    [Fact]
    public void One_sheet_given_as_a_plain_setting_is_read_as_that_sheet()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Etl:Source:Sheets"] = "Online Retail" })
            .Build();

        Assert.Equal(["Online Retail"], ShopSmart.Etl.Commands.EtlJob.BindSource(configuration, null, null, null).Sheets);
    }

    [Fact]
    public void Sheets_set_as_a_list_in_one_place_and_one_value_in_another_are_refused_not_guessed()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Etl:Source:Sheets:0"] = "Sales" })
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Etl:Source:Sheets"] = "More" })
            .Build();

        var refused = Assert.Throws<ShopSmart.Core.Runs.BadInputException>(() => ShopSmart.Etl.Commands.EtlJob.BindSource(configuration, null, null, null));

        Assert.StartsWith("Etl:Source:Sheets is set both as a list ('Sales') and as one value ('More')", refused.Message);

        // The command line's sheets replace the settings', whatever they say; one name in both forms is no conflict
        Assert.Equal(["Online Retail"], ShopSmart.Etl.Commands.EtlJob.BindSource(configuration, null, null, null, sheets: ["Online Retail"]).Sheets);
        var same = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Etl:Source:Sheets:0"] = "Sales", ["Etl:Source:Sheets"] = " sales " })
            .Build();
        Assert.Equal(" sales ", Assert.Single(ShopSmart.Etl.Commands.EtlJob.BindSource(same, null, null, null).Sheets));
    }

    [Fact]
    public void Unloading_by_file_a_workbook_loaded_by_its_sheets_says_to_name_the_batch()
    {
        using var warehouse = new DuckDbWarehouse();
        var path = Workbook();
        Assert.Equal(0, CliRunner.Etl("load", path, "--sheet", "Online Retail", "--duckdb", warehouse.Engine.DatabasePath).ExitCode);

        var unload = CliRunner.Etl("unload", path, "--duckdb", warehouse.Engine.DatabasePath);

        Assert.Equal(2, unload.ExitCode);
        Assert.Contains("A workbook loaded by some of its sheets (--sheet) is a batch of its own: unload it by its batch id", unload.Output.Replace("\n", " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Naming_every_sheet_that_holds_data_is_the_workbook_read_whole()
    {
        // Given a workbook of one data sheet and an empty one, loaded whole
        using var warehouse = new DuckDbWarehouse();
        var path = _folder.File("with-empty.xlsx");
        using (var book = new XLWorkbook())
        {
            AddDataSheet(book);
            book.AddWorksheet("Sheet2");
            book.SaveAs(path);
        }

        Assert.Equal(0, CliRunner.Etl("load", path, "--duckdb", warehouse.Engine.DatabasePath).ExitCode);

        // When it is loaded again naming its data sheet
        var bySheet = CliRunner.Etl("load", path, "--sheet", "Online Retail", "--duckdb", warehouse.Engine.DatabasePath);

        // Then it is the same batch, not a second one of copies
        Assert.Contains("Already loaded as batch 1", bySheet.Output);
        using var db = warehouse.Open();
        Assert.Equal(1L, db.ExecuteScalar<long>("SELECT count(*) FROM etl.batch"));
    }

    [Fact]
    public void A_sheet_in_another_currency_than_another_sheet_loaded_before_is_refused_and_a_workbook_loaded_whole_is_loaded()
    {
        // Given a workbook whose sheet A is priced in £ and sheet B in $, its sheet A loaded
        using var warehouse = new DuckDbWarehouse();
        var path = _folder.File("currencies.xlsx");
        using (var book = new XLWorkbook())
        {
            foreach (var (name, price) in new[] { ("A", "£2.55"), ("B", "$3.10") })
            {
                var sheet = book.AddWorksheet(name);
                ExcelFixtures.WriteRow(sheet, 1, ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"]);
                ExcelFixtures.WriteRow(sheet, 2, [536365, "85123A", "HEART", 6, new DateTime(2010, 12, 1, 8, 26, 0), price, 17850, "United Kingdom"]);
            }

            book.SaveAs(path);
        }

        Assert.Equal(0, CliRunner.Etl("load", path, "--sheet", "A", "--duckdb", warehouse.Engine.DatabasePath).ExitCode);

        // When its sheet B alone is loaded, it is refused: the warehouse holds one currency
        var dollars = CliRunner.Etl("load", path, "--sheet", "B", "--duckdb", warehouse.Engine.DatabasePath);
        Assert.Equal(2, dollars.ExitCode);
        Assert.Contains("its prices are in $, where the warehouse's are in £ (batch 1", dollars.Output.Replace("\n", " ", StringComparison.Ordinal));

        // And once the workbook is loaded whole (B's lines quarantined in its £), any choice of its sheets is already loaded
        Assert.Equal(0, CliRunner.Etl("load", path, "--duckdb", warehouse.Engine.DatabasePath).ExitCode);
        Assert.Contains("Already loaded as batch", CliRunner.Etl("load", path, "--sheet", "B", "--duckdb", warehouse.Engine.DatabasePath).Output);
    }

    [Fact]
    public void A_csv_loaded_with_sheets_named_says_it_was_read_whole()
    {
        using var warehouse = new DuckDbWarehouse();
        var path = TestData.WriteCsv(_folder.File("plain.csv"),
        [
            TestData.OnlineRetailHeader,
            "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/13/2010 8:26,2.55,17850,United Kingdom",
        ]);

        var loaded = CliRunner.Etl("load", path, "--sheet", "Online Retail", "--duckdb", warehouse.Engine.DatabasePath);

        Assert.Equal(0, loaded.ExitCode);
        Assert.Contains("(--sheet names a workbook's sheets: a CSV has none, and was read whole)", loaded.Output);
    }
}
