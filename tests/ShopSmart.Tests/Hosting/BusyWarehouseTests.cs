using DuckDB.NET.Data;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Hosting;

/// <summary>
/// A warehouse another process holds (a second run, or a DuckDB client with the file open, even read-only): every
/// app and command says so in the same one line on stderr and exits 1, migrate included, with no stack trace.
/// </summary>
public sealed class BusyWarehouseTests : IDisposable
{
    private readonly DuckDbWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    public static TheoryData<string, string[]> Commands() => new()
    {
        { "shopsmart", ["run"] },
        { "shopsmart", ["migrate"] },
        { "shopsmart-etl", ["migrate"] },
        { "shopsmart-etl", ["load", TestData.SamplePath] },
        { "shopsmart-modeling", ["migrate"] },
        { "shopsmart-excel-export", ["migrate"] },
        { "shopsmart-report", ["migrate"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_warehouse_open_read_only_elsewhere_gives_one_line_and_exit_1(string app, string[] args)
    {
        // Given a DuckDB client (this test process) that has the file open read-only, as the README suggests
        using var reader = new DuckDBConnection($"Data Source={_warehouse.Engine.DatabasePath};ACCESS_MODE=READ_ONLY");
        reader.Open();

        // When an app runs a command on it
        var result = CliRunner.Process(app, _warehouse.Folder, [.. args, "--duckdb", _warehouse.Engine.DatabasePath]);

        // Then it fails with the one busy message, once, and nothing else on stderr
        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"Failed: The DuckDB file {_warehouse.Engine.DatabasePath} is in use by another process", error);
        Assert.DoesNotContain("Exception", result.Output + result.Error);
        Assert.DoesNotContain("   at ", result.Output);
    }
}
