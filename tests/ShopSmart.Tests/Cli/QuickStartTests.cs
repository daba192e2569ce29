using Dapper;
using ShopSmart.Core.Engines;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Cli;

/// <summary>The README's quick start, run as a new user would: the built program, from a folder that is not the repository.</summary>
public sealed class QuickStartTests
{
    [Fact]
    public void Run_from_another_folder_loads_models_and_writes_the_workbook_and_report_into_that_folder()
    {
        using var folder = new TempDirectory();

        var result = CliRunner.Process("shopsmart", folder.Path, "run");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        using var db = new DuckDbEngine(Path.Combine(folder.Path, "out", "shopsmart.duckdb")).OpenConnection();
        Assert.Equal(38_464, db.ExecuteScalar<long>("SELECT rows_read FROM etl.batch"));
        Assert.True(db.ExecuteScalar<long>("SELECT count(*) FROM ml.model_run") > 0, "no model run recorded");
        Assert.Single(Directory.GetFiles(Path.Combine(folder.Path, "out"), "ShopSmart_Marketing_*.xlsx"));
        var report = Path.Combine(folder.Path, "out", "report");
        foreach (var culture in new[] { "en-GB", "fr-FR" })
        {
            foreach (var extension in new[] { "html", "ipynb", "docx" })
            {
                Assert.True(File.Exists(Path.Combine(report, $"shopsmart-report.{culture}.{extension}")), $"no {culture} {extension} report");
            }
        }

        var headings = new[] { "1. migrate", "2. load", "3. model", "4. workbook", "5. report", "done" }.Select(h => $"── {h} ──").ToList();
        var positions = headings.Select(h => result.Output.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0, result.Output));
        Assert.Equal(positions.Order(), positions);
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
