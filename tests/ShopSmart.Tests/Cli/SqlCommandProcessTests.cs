using DuckDB.NET.Data;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Cli;

/// <summary>
/// <c>shopsmart sql</c> beside other DuckDB clients: it reads while others read, and says the file is busy while a
/// writer holds it (DuckDB's read-only open still needs the writer's lock to be free).
/// </summary>
public sealed class SqlCommandProcessTests(LoadedSampleFixture fixture) : IClassFixture<LoadedSampleFixture>
{
    private string Database => fixture.Warehouse.Engine.DatabasePath;

    [Fact]
    public void It_reads_while_another_client_has_the_file_open_read_only()
    {
        using var reader = new DuckDBConnection($"Data Source={Database};ACCESS_MODE=READ_ONLY");
        reader.Open();

        var result = CliRunner.Process("shopsmart", fixture.Warehouse.Folder, "sql", "--view", "v_sales_monthly", "--format", "csv", "--duckdb", Database);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("year_month,", result.Output);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void It_says_the_file_is_busy_while_a_writer_holds_it()
    {
        using var writer = fixture.Warehouse.Open();

        var result = CliRunner.Process("shopsmart", fixture.Warehouse.Folder, "sql", "--list", "--duckdb", Database);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"Failed: The DuckDB file {Database} is in use by another process", result.Error);
    }
}
