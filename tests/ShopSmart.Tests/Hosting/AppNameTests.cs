using Dapper;
using ShopSmart.Core.Engines;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Hosting;

/// <summary>Each program has one name, the one a user types: in its usage line, its examples and etl.job_run.app.</summary>
public sealed class AppNameTests
{
    [Theory]
    [InlineData("shopsmart")]
    [InlineData("shopsmart-etl")]
    [InlineData("shopsmart-modeling")]
    [InlineData("shopsmart-excel-export")]
    [InlineData("shopsmart-report")]
    public void Help_names_the_program_as_it_is_typed(string app)
    {
        using var folder = new TempDirectory();

        var result = CliRunner.Process(app, folder.Path, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{app} [OPTIONS] <COMMAND>", result.Output);
        foreach (var example in result.Output.Split('\n').SkipWhile(l => !l.StartsWith("EXAMPLES", StringComparison.Ordinal)).Skip(1)
                     .TakeWhile(l => l.Trim().Length > 0))
        {
            Assert.StartsWith(app + " ", example.Trim());
        }
    }

    [Fact]
    public void The_run_is_recorded_under_the_program_name()
    {
        using var folder = new TempDirectory();
        var database = folder.File("wh.duckdb");

        var result = CliRunner.Process("shopsmart-etl", folder.Path, "migrate", "--duckdb", database);

        Assert.Equal(0, result.ExitCode);
        using var db = new DuckDbEngine(database).OpenConnection();
        Assert.Equal(["shopsmart-etl"], db.Query<string>("SELECT DISTINCT app FROM etl.job_run"));
    }
}
