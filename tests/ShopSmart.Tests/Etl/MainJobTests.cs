using Dapper;
using ShopSmart.Cli.Commands;
using ShopSmart.Core.Hosting;
using ShopSmart.Etl.Commands;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

public sealed class MainJobTests
{
    private static (int ExitCode, string Output) Run(params string[] args)
    {
        var console = CliRunner.Console();
        var exitCode = ShopSmartCli.Run(
            "shopsmart",
            args,
            config =>
            {
                config.AddCommand<RunCommand>("run");
                config.AddCommand<LoadCommand>("load");
            },
            console);
        return (exitCode, console.Output);
    }

    [Fact]
    public void The_main_job_migrates_an_empty_warehouse_loads_a_folder_and_records_the_run()
    {
        // Given an empty database path and a folder holding the bundled sample
        using var folder = new TempDirectory();
        var data = Directory.CreateDirectory(Path.Combine(folder.Path, "data")).FullName;
        File.Copy(TestData.SamplePath, Path.Combine(data, "online_retail_sample.csv.gz"));
        var database = folder.File("out/shopsmart.duckdb");

        // When the main job runs twice
        var first = Run("run", "--data", data, "--duckdb", database);
        var second = Run("run", "--data", data, "--duckdb", database);

        // Then the first loads the sample, the second finds nothing to do, and both runs are recorded
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Already loaded", second.Output);
        Assert.Contains("Up to date", second.Output);
        using var db = new ShopSmart.Core.Engines.DuckDbEngine(database).OpenConnection();
        Assert.Equal(38_464, db.ExecuteScalar<long>("SELECT rows_read FROM etl.batch"));
        Assert.True(db.ExecuteScalar<long>("SELECT count(*) FROM mart.v_sales_monthly") >= 12);
        Assert.Equal(
            [("shopsmart", "run", 0), ("shopsmart", "run", 0)],
            db.Query<(string, string, int)>("SELECT app, command, exit_code FROM etl.job_run ORDER BY job_run_id"));
    }

    [Fact]
    public void The_csv_format_given_to_the_main_job_reaches_the_load()
    {
        // Given a one-line file whose date reads either way (1 December or 12 January)
        using var folder = new TempDirectory();
        var file = TestData.WriteCsv(
            folder.File("one-day.csv"),
            [TestData.OnlineRetailHeader, "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/1/2010 8:26,2.55,17850,United Kingdom"]);
        var database = folder.File("out/shopsmart.duckdb");

        // When the main job runs on it without, then with, the date order
        var refused = Run("run", "--data", file, "--duckdb", database);
        var given = Run("run", "--data", file, "--duckdb", database, "--date-order", "day-first");

        // Then the first is refused naming the option, the second loads the line day first
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--date-order", refused.Output);
        using var db = new ShopSmart.Core.Engines.DuckDbEngine(database).OpenConnection();
        Assert.Equal(new DateTime(2010, 1, 12, 8, 26, 0), db.ExecuteScalar<DateTime>("SELECT invoice_at FROM dw.fact_sales"));

        // One line is too little to model: the workbook and the report are still written, and the run ends with 2
        Assert.Equal(2, given.ExitCode);
        Assert.Contains("Models not trained", given.Output);
        Assert.Contains("── 4. workbook ──", given.Output);
        Assert.Contains("Report written", given.Output);
        Assert.DoesNotContain("── done ──", given.Output);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_with_exit_code_2()
    {
        var result = Run("run", "--no-such-option");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage error", result.Output);
    }
}
