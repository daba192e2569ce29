using ShopSmart.Core.Hosting;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Hosting;

/// <summary>
/// What cron and CI logs get when output is not a terminal: whole lines (never wrapped at 80 columns), no trailing
/// spaces, errors on stderr and results on stdout.
/// </summary>
public sealed class LogOutputTests
{
    [Fact]
    public void A_long_error_is_one_line_on_stderr_and_stdout_has_no_error()
    {
        // Given a bad file deep in a folder whose path alone is longer than a terminal line
        using var folder = new TempDirectory();
        var deep = Directory.CreateDirectory(Path.Combine(folder.Path, new string('d', 60), new string('e', 60))).FullName;
        var file = Path.Combine(deep, "wrong-header.csv");
        File.Copy(Path.Combine(RepoPaths.Fixtures, "bad", "wrong-header.csv"), file);

        // When the ETL loads it with its output redirected, as a scheduler runs it
        Assert.Equal(0, CliRunner.Process("shopsmart-etl", folder.Path, "migrate", "--duckdb", folder.File("wh.duckdb")).ExitCode);
        var result = CliRunner.Process("shopsmart-etl", folder.Path, "load", file, "--duckdb", folder.File("wh.duckdb"));

        // Then the error is on stderr, in one line naming the file and the missing columns
        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(file, error);
        Assert.Contains("missing column(s) Invoice, StockCode, Quantity, InvoiceDate, Customer ID", error);
        Assert.DoesNotContain("Bad input", result.Output);
    }

    [Theory]
    [InlineData("shopsmart", "--help")]
    [InlineData("shopsmart", "run", "--help")]
    [InlineData("shopsmart-etl", "load", "--help")]
    public void Help_in_a_log_has_no_trailing_spaces_and_no_wrapped_descriptions(string app, params string[] args)
    {
        using var folder = new TempDirectory();

        var result = CliRunner.Process(app, folder.Path, args);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n');
        Assert.All(lines, line => Assert.False(line.EndsWith(' '), $"trailing spaces: '{line}'"));
        Assert.DoesNotContain(lines, line => line.Length > 0 && line.Trim().Length > 0 && line.StartsWith(new string(' ', 30), StringComparison.Ordinal));
    }

    [Fact]
    public void The_log_writer_drops_trailing_spaces_and_keeps_everything_else()
    {
        var inner = new StringWriter { NewLine = "\n" };
        using var writer = new LogTextWriter(inner);

        writer.Write("a  b   ");
        writer.Flush();
        writer.Write("  c   \n");
        writer.Write("row   \r\nlast");
        writer.Flush();

        Assert.Equal("a  b     c\nrow\nlast", inner.ToString());
    }
}
