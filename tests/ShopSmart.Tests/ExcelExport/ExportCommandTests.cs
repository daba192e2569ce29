using Dapper;
using ShopSmart.Core.Hosting;
using ShopSmart.ExcelExport.Commands;
using ShopSmart.Tests.Support;
using Spectre.Console.Testing;

namespace ShopSmart.Tests.ExcelExport;

/// <summary><c>shopsmart-excel-export export</c> as a scheduler runs it: exit codes, output path, run history.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly DuckDbWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    private static (int ExitCode, string Output) Run(params string[] args)
    {
        var console = new TestConsole().Width(200);
        var exitCode = ShopSmartCli.Run("excel-export", args, config => config.AddCommand<ExportCommand>("export"), console);
        return (exitCode, console.Output);
    }

    [Fact]
    public void Export_writes_the_workbook_at_the_given_path_and_records_the_run()
    {
        var path = Path.Combine(_warehouse.Folder, "reports", "monday.xlsx");

        var result = Run("export", "--output", path, "--duckdb", _warehouse.Engine.DatabasePath);

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(path), result.Output);
        Assert.Contains("Wrote", result.Output);
        using var db = _warehouse.Open();
        Assert.Equal(
            [("excel-export", "export", 0)],
            db.Query<(string, string, int)>("SELECT app, command, exit_code FROM etl.job_run"));
    }

    [Fact]
    public void A_folder_as_output_gets_the_default_name_of_the_run_date()
    {
        var folder = Directory.CreateDirectory(_warehouse.File("share")).FullName;

        var result = Run("export", "--output", folder, "--date", "2011-12-12", "--duckdb", _warehouse.Engine.DatabasePath);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([Path.Combine(folder, "ShopSmart_Marketing_2011-12-12.xlsx")], Directory.GetFiles(folder));
    }

    [Fact]
    public void An_output_without_an_extension_is_a_folder_created_for_the_workbook()
    {
        var folder = _warehouse.File(Path.Combine("new", "share")); // neither exists, no trailing separator

        var result = Run("export", "--output", folder, "--date", "2011-12-12", "--duckdb", _warehouse.Engine.DatabasePath);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([Path.Combine(folder, "ShopSmart_Marketing_2011-12-12.xlsx")], Directory.GetFiles(folder));
    }

    [Fact]
    public void Writing_again_replaces_the_workbook_and_leaves_no_temporary_file()
    {
        var folder = _warehouse.File("again");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "book.xlsx");
        File.WriteAllText(path, "an old file");

        var result = Run("export", "-o", path, "--duckdb", _warehouse.Engine.DatabasePath);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([path], Directory.GetFiles(folder));
        using var workbook = new ClosedXML.Excel.XLWorkbook(path);
        Assert.NotEmpty(workbook.Worksheets);
    }

    [Theory]
    [InlineData("--date", "25/11/2026")]
    [InlineData("--output", "report.pdf")]
    public void A_bad_option_value_is_bad_input_with_exit_code_2(string option, string value)
    {
        var result = Run("export", option, value, "--duckdb", _warehouse.Engine.DatabasePath);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(value, result.Output);
    }

    [Fact]
    public void A_warehouse_that_is_not_migrated_fails_with_exit_code_1_and_says_to_migrate()
    {
        using var bare = new DuckDbWarehouse(migrate: false);
        bare.Engine.OpenConnection().Dispose(); // the file exists, its schema does not

        var result = Run("export", "--duckdb", bare.Engine.DatabasePath, "--output", bare.Folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("migrate", result.Output);
        Assert.Empty(Directory.GetFiles(bare.Folder, "*.xlsx"));
    }
}
