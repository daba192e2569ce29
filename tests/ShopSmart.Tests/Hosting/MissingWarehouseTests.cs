using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Hosting;

/// <summary>
/// A mistyped --duckdb path: every command but migrate and run refuses it as bad input (exit 2, one line) instead of
/// creating an empty warehouse there, and creates nothing — neither the file nor its folder.
/// </summary>
public sealed class MissingWarehouseTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string[]> Commands() => new()
    {
        { "shopsmart-etl", ["load", TestData.SamplePath] },
        { "shopsmart-etl", ["unload", "1"] },
        { "shopsmart-modeling", ["train"] },
        { "shopsmart-excel-export", ["export"] },
        { "shopsmart-report", ["report"] },
        { "shopsmart", ["sql", "SELECT 1"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_missing_warehouse_is_refused_and_not_created(string app, string[] args)
    {
        var database = Path.Combine(_folder.Path, "typo", "warehouse.duckbd");

        var result = CliRunner.Process(app, _folder.Path, [.. args, "--duckdb", database]);

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"Bad input: There is no DuckDB warehouse at {database}", error);
        Assert.False(Directory.Exists(Path.GetDirectoryName(database)));
    }
}
