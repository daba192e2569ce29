using System.Text.Json;
using Dapper;
using ShopSmart.Cli.Commands;
using ShopSmart.Core.Hosting;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Cli;

/// <summary>The sample loaded once into a DuckDB warehouse, for the query command's tests.</summary>
public sealed class LoadedSampleFixture : IDisposable
{
    public LoadedSampleFixture()
    {
        var result = CliRunner.Etl("load", TestData.SamplePath, "--duckdb", Warehouse.Engine.DatabasePath);
        Assert.Equal(0, result.ExitCode);
    }

    public DuckDbWarehouse Warehouse { get; } = new();

    public void Dispose() => Warehouse.Dispose();
}

/// <summary><c>shopsmart sql</c>: results without code, in a table, CSV or JSON, and never a change to the warehouse.</summary>
public sealed class SqlCommandTests(LoadedSampleFixture fixture) : IClassFixture<LoadedSampleFixture>
{
    private string Database => fixture.Warehouse.Engine.DatabasePath;

    private CliRunner.Result Sql(params string[] args)
    {
        var console = CliRunner.Console();
        var exitCode = ShopSmartCli.Run("shopsmart", ["sql", .. args, "--duckdb", Database], config => config.AddCommand<SqlCommand>("sql"), console);
        return new CliRunner.Result(exitCode, console.Output);
    }

    [Fact]
    public void A_view_as_csv_has_a_header_and_every_row_in_order()
    {
        var result = Sql("--view", "v_sales_monthly", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("year_month,gross_revenue,", lines[0]);
        using var db = fixture.Warehouse.Open();
        var months = db.Query<string>("SELECT year_month FROM mart.v_sales_monthly ORDER BY year_month").ToList();
        Assert.Equal(months, lines.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public void A_query_as_json_keeps_numbers_exact()
    {
        var result = Sql("SELECT year_month, gross_revenue, orders FROM mart.v_sales_monthly ORDER BY year_month", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        using var db = fixture.Warehouse.Open();
        var expected = db.Query<(string Month, decimal Gross, long Orders)>(
            "SELECT year_month, gross_revenue, orders FROM mart.v_sales_monthly ORDER BY year_month").ToList();
        Assert.Equal(
            expected,
            json.RootElement.EnumerateArray().Select(r =>
                (r.GetProperty("year_month").GetString()!, r.GetProperty("gross_revenue").GetDecimal(), r.GetProperty("orders").GetInt64())));
    }

    [Fact]
    public void The_table_names_the_columns_and_counts_the_rows()
    {
        var result = Sql("SELECT country_name, orders FROM mart.v_sales_by_country WHERE country_name = 'United Kingdom'");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("country_name", result.Output);
        Assert.Contains("United Kingdom", result.Output);
        Assert.Contains("1 row(s)", result.Output);
    }

    [Fact]
    public void The_list_names_each_mart_view_with_what_it_is_for()
    {
        var result = Sql("--list", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var views = Directory.EnumerateFiles(Path.Combine(RepoPaths.Migrations, "duckdb", "views"))
            .Select(f => File.ReadAllText(f))
            .Where(t => t.Contains("VIEW mart.", StringComparison.Ordinal))
            .Count();
        var rows = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Where(l => l.StartsWith("mart.", StringComparison.Ordinal)).ToList();
        Assert.Equal(views, rows.Count);
        Assert.Contains(rows, r => r.StartsWith("mart.v_sales_monthly,", StringComparison.Ordinal) && r.Contains("Monthly sales", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("DELETE FROM dw.fact_sales")]
    [InlineData("INSERT INTO etl.batch_rule_count VALUES (99, 'X', 1)")]
    [InlineData("CREATE TABLE dw.scratch AS SELECT 1 AS x")]
    [InlineData("DROP VIEW mart.v_sales_monthly")]
    [InlineData("SELECT 1; DELETE FROM etl.batch")]
    public void A_statement_that_writes_is_refused_and_changes_nothing(string sql)
    {
        IReadOnlyDictionary<string, long> before;
        using (var db = fixture.Warehouse.Open())
        {
            before = WarehouseSnapshot.Take(db);
        }

        var result = Sql(sql);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("read-only", result.Output);
        using var after = fixture.Warehouse.Open();
        Assert.Equal(before, WarehouseSnapshot.Take(after));
        Assert.Equal(1, after.ExecuteScalar<long>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'v_sales_monthly'"));
    }

    [Fact]
    public void A_query_cannot_write_a_file()
    {
        using var folder = new TempDirectory();
        var target = folder.File("leak.csv");

        var result = Sql($"COPY (SELECT * FROM dw.fact_sales) TO '{target}'");

        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void An_unknown_view_is_bad_input_pointing_to_the_list()
    {
        var result = Sql("--view", "v_sales_daily");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no view 'v_sales_daily'", result.Output);
        Assert.Contains("--list", result.Output);
    }

    [Theory]
    [InlineData("--view", "x", "--list")]
    [InlineData("--format", "xml", "--list")]
    [InlineData("--limit", "0", "--list")]
    public void Contradictory_or_wrong_options_are_usage_errors(params string[] args)
    {
        var result = Sql(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage error", result.Output);
    }

    [Fact]
    public void Querying_is_not_recorded_as_a_run()
    {
        long before;
        using (var db = fixture.Warehouse.Open())
        {
            before = db.ExecuteScalar<long>("SELECT count(*) FROM etl.job_run");
        }

        Sql("--list");

        using var after = fixture.Warehouse.Open();
        Assert.Equal(before, after.ExecuteScalar<long>("SELECT count(*) FROM etl.job_run"));
    }
}
