using Dapper;
using ShopSmart.Core.Engines;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Cli;

/// <summary>The README's quick start, run as a new user would: the built program, from a folder that is not the repository.</summary>
public sealed class QuickStartTests
{
    [Fact]
    public void Run_from_another_folder_loads_the_bundled_sample_into_that_folder()
    {
        using var folder = new TempDirectory();

        var result = CliRunner.Process("shopsmart", folder.Path, "run");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        using var db = new DuckDbEngine(Path.Combine(folder.Path, "out", "shopsmart.duckdb")).OpenConnection();
        Assert.Equal(38_464, db.ExecuteScalar<long>("SELECT rows_read FROM etl.batch"));
    }

    [Fact]
    public void Missing_data_is_named_as_typed_and_creates_no_warehouse()
    {
        using var folder = new TempDirectory();

        var result = CliRunner.Process("shopsmart", folder.Path, "run", "--data", "downloads/Online Retail.xlsx");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("Bad input: downloads/Online Retail.xlsx: no such file or folder.", result.Error.Trim());
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "out")), "a warehouse was created for a run that could not load anything");
    }
}
