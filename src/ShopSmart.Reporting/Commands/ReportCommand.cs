using System.ComponentModel;
using ShopSmart.Core.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShopSmart.Reporting.Commands;

/// <summary><c>report</c>: the analysis report (HTML, Jupyter notebook, Word) from the warehouse, in English or French.</summary>
[Description("Write the analysis report (HTML, Jupyter notebook, Word) from the warehouse's views and model outputs.")]
public sealed class ReportCommand(IAnsiConsole console, AppIdentity app) : WarehouseCommand<ReportCommand.Settings>(console, app)
{
    public sealed class Settings : WarehouseSettings
    {
        [CommandOption("--output <FOLDER>")]
        [Description("Folder for the report files (default: out/report).")]
        public string? Output { get; init; }

        [CommandOption("--culture <CULTURE>")]
        [Description("Language and formats: en-GB (default) or fr-FR.")]
        public string? Culture { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("html, ipynb or docx; repeat for several (default: all three).")]
        public string[] Formats { get; init; } = [];
    }

    protected override string Name => "report";

    // A wrong culture or format is refused before the warehouse is opened.
    protected override void Prepare(RunContext context, Settings settings) => ReportJob.Validate(Options(context, settings));

    protected override int Run(RunContext context, Settings settings, CancellationToken cancellationToken)
    {
        ReportJob.Write(context, Options(context, settings));
        return 0;
    }

    private static ReportOptions Options(RunContext context, Settings settings)
    {
        var options = ReportOptions.Bind(context.Configuration);
        options.OutputFolder = settings.Output ?? options.OutputFolder;
        options.Culture = settings.Culture ?? options.Culture;
        if (settings.Formats.Length > 0)
        {
            options.Formats = [.. settings.Formats];
        }

        return options;
    }
}
