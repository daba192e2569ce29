using System.Text;
using Dapper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ShopSmart.Core.Hosting;
using ShopSmart.Reporting.Commands;
using ShopSmart.Tests.Support;
using Spectre.Console.Testing;

namespace ShopSmart.Tests.Reporting;

[Collection(SampleWarehouseCollection.Name)]
public sealed class ReportJobTests(SampleWarehouse sample)
{
    private static (int ExitCode, string Output) Report(params string[] args)
    {
        var console = new TestConsole().Width(250);
        var exitCode = ShopSmartCli.Run("shopsmart-report", args, config => config.AddCommand<ReportCommand>("report"), console);
        return (exitCode, console.Output);
    }

    [SkippableFact]
    public void The_report_command_writes_three_valid_files_and_records_its_run()
    {
        // Given a copy of the sample warehouse
        using var folder = new TempDirectory();
        var engine = sample.Copy(folder);
        var output = Path.Combine(folder.Path, "report");

        // When the report command runs
        var result = Report("report", "--duckdb", engine.DatabasePath, "--output", output);

        // Then it succeeds, writes html, ipynb and docx, and its run is in etl.job_run
        Assert.True(result.ExitCode == 0, result.Output);
        string[] expected = ["shopsmart-report.en-GB.docx", "shopsmart-report.en-GB.html", "shopsmart-report.en-GB.ipynb"];
        Assert.Equal(expected, Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using (var db = engine.OpenConnection())
        {
            Assert.Equal(("shopsmart-report", "report", 0), db.QuerySingle<(string, string, int)>("SELECT app, command, exit_code FROM etl.job_run WHERE command = 'report'"));
        }

        // And the notebook fits the nbformat schema, the Word file passes the Open XML validator
        Assert.Empty(NotebookSchema.Errors(File.ReadAllText(Path.Combine(output, expected[2]), Encoding.UTF8)));
        using (var word = WordprocessingDocument.Open(Path.Combine(output, expected[0]), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(word).Select(e => e.Description));
        }

        // And a real browser shows it with every image decoded, no script error and no empty section
        var check = Chromium.Check(Path.Combine(output, expected[1]));
        Assert.Empty(check.Errors);
        Assert.Empty(check.Broken);
        Assert.Empty(check.Empty);
        Assert.Equal(6, check.Sections);
        Assert.True(check.Images >= 12, $"{check.Images} images");
    }

    [SkippableFact]
    public void The_french_word_report_opens_in_libreoffice()
    {
        // Given the French report of the sample, in Word only
        var soffice = LibreOffice.Require();
        using var folder = new TempDirectory();
        var engine = sample.Copy(folder);
        var result = Report("report", "--duckdb", engine.DatabasePath, "--output", folder.Path, "--culture", "fr-FR", "--format", "docx");
        Assert.True(result.ExitCode == 0, result.Output);

        // When LibreOffice converts it, then a PDF comes out
        var pdf = LibreOffice.ConvertToPdf(soffice, folder.File("shopsmart-report.fr-FR.docx"), folder.Path);
        Assert.True(new FileInfo(pdf).Length > 100_000);
    }

    [Fact]
    public void An_unknown_culture_or_format_is_bad_input_with_exit_code_2()
    {
        using var folder = new TempDirectory();
        var engine = sample.Copy(folder);

        var culture = Report("report", "--duckdb", engine.DatabasePath, "--output", folder.Path, "--culture", "de-DE");
        var format = Report("report", "--duckdb", engine.DatabasePath, "--output", folder.Path, "--format", "pdf");

        Assert.Equal(2, culture.ExitCode);
        Assert.Contains("de-DE", culture.Output, StringComparison.Ordinal);
        Assert.Equal(2, format.ExitCode);
        Assert.Contains("pdf", format.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.html"));
    }

    [Fact]
    public void An_empty_warehouse_gives_a_report_that_says_so()
    {
        // Given a migrated warehouse with no data
        using var warehouse = new DuckDbWarehouse();
        var output = Path.Combine(warehouse.Folder, "report");

        // When the report command runs
        var result = Report("report", "--duckdb", warehouse.Engine.DatabasePath, "--output", output, "--format", "html");

        // Then it succeeds and the page tells the reader to load data first
        Assert.True(result.ExitCode == 0, result.Output);
        var html = File.ReadAllText(Path.Combine(output, "shopsmart-report.en-GB.html"));
        Assert.Contains("holds no sales yet", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warehouse_behind_the_schema_is_refused_with_a_clear_message()
    {
        // Given a database never migrated
        using var warehouse = new DuckDbWarehouse(migrate: false);
        warehouse.Engine.OpenConnection().Dispose(); // the file exists, its schema does not

        // When the report command runs
        var result = Report("report", "--duckdb", warehouse.Engine.DatabasePath, "--output", warehouse.Folder);

        // Then it fails and says to migrate
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("migrate", result.Output, StringComparison.Ordinal);
    }
}
