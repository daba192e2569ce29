using System.ComponentModel;
using System.Globalization;
using ShopSmart.Core.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShopSmart.ExcelExport.Commands;

/// <summary><c>export</c>: writes the marketing workbook (sheets, native charts, target lists) from the warehouse.</summary>
[Description("Write the marketing workbook (ShopSmart_Marketing_YYYY-MM-DD.xlsx) from the mart views and model tables.")]
public sealed class ExportCommand(IAnsiConsole console, AppIdentity app) : WarehouseCommand<ExportCommand.Settings>(console, app)
{
    public sealed class Settings : WarehouseSettings
    {
        [CommandOption("-o|--output <PATH>")]
        [Description("The workbook file, or a folder for the default name (default: out/ShopSmart_Marketing_YYYY-MM-DD.xlsx; setting Export:OutputPath).")]
        public string? Output { get; init; }

        [CommandOption("--date <YYYY-MM-DD>")]
        [Description("The run date in the file name and on the Overview (default: today).")]
        public string? Date { get; init; }

        [CommandOption("--timings")]
        [Description("Show how long each step (queries, each sheet, save, charts) took.")]
        public bool Timings { get; init; }

        public override ValidationResult Validate() =>
            Date is null || DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? ValidationResult.Success()
                : ValidationResult.Error($"--date '{Date}' is not a date in the form YYYY-MM-DD.");
    }

    protected override string Name => "export";

    protected override int Run(RunContext context, Settings settings, CancellationToken cancellationToken)
    {
        MigrationGuard.EnsureMigrated(context);

        var options = WorkbookJob.BindOptions(context.Configuration);
        options.OutputPath = settings.Output ?? options.OutputPath;
        if (settings.Date is not null)
        {
            options.RunDate = DateOnly.ParseExact(settings.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var result = WorkbookJob.Export(context, options, cancellationToken);
        if (settings.Timings)
        {
            var table = new Table().Title("Where the time went").AddColumns("step", "seconds");
            foreach (var (step, elapsed) in result.StepTimings)
            {
                table.AddRow(Markup.Escape(step), $"{elapsed.TotalSeconds:0.000}");
            }

            context.Console.Write(table);
        }

        return 0;
    }
}
