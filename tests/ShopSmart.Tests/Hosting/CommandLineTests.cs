using Dapper;
using ShopSmart.Core.Hosting;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Hosting;

/// <summary>The command line's edges: version, no command, and wrong option values named as they were typed.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly DuckDbWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    [Fact]
    public void Version_prints_the_app_and_engine_versions()
    {
        var console = CliRunner.Console();

        var exitCode = ShopSmartCli.Run(new AppIdentity("shopsmart-etl", "9.8.7"), ["--version"], _ => { }, AppConsoles.Single(console));

        Assert.Equal(0, exitCode);
        var lines = console.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("shopsmart-etl 9.8.7", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("DuckDB v", StringComparison.Ordinal) && l.Contains("DuckDB.NET 1.", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("SQL Server client: Microsoft.Data.SqlClient ", StringComparison.Ordinal));
    }

    [Fact]
    public void No_command_prints_the_help_and_exits_2()
    {
        var result = CliRunner.Etl();

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("shopsmart-etl [OPTIONS] <COMMAND>", result.Output);
        Assert.Contains("--version", result.Output);
    }

    [Theory]
    [InlineData("--duplicates", "Drop", "--duplicates does not accept 'Drop': expected Flag or Quarantine.")]
    [InlineData("--duplicates", "1", "--duplicates does not accept '1': expected Flag or Quarantine.")]
    [InlineData("--outlier-z", "high", "--outlier-z does not accept 'high': expected a number such as 3.5.")]
    [InlineData("--engine", "Oracle", "--engine does not accept 'Oracle': expected DuckDb or SqlServer.")]
    public void A_wrong_option_value_is_a_usage_error_naming_the_option(string option, string value, string message)
    {
        var result = CliRunner.Etl("load", TestData.SamplePath, option, value, "--duckdb", _warehouse.Engine.DatabasePath);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"Usage error: {message}", result.Output);
        Assert.DoesNotContain("Nullable", result.Output);
        Assert.DoesNotContain("ShopSmart:Engine", result.Output);
    }

    [Fact]
    public void Option_values_are_read_whatever_their_case()
    {
        var file = TestData.WriteCsv(
            _warehouse.File("twice.csv"),
            [TestData.OnlineRetailHeader, "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/1/2010 8:26,2.55,17850,United Kingdom",
             "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/1/2010 8:26,2.55,17850,United Kingdom"]);

        // (one December date reads either way: the order is given, as the load's own error asks)
        var result = CliRunner.Etl("load", file, "--duplicates", "quarantine", "--outlier-z", "4", "--date-order", "month-first", "--duckdb", _warehouse.Engine.DatabasePath);

        Assert.Equal(0, result.ExitCode);
        using var db = _warehouse.Open();
        Assert.Equal(("Quarantine", 1L), db.QuerySingle<(string, long)>("SELECT duplicate_policy, rows_rejected FROM etl.batch"));
    }
}
