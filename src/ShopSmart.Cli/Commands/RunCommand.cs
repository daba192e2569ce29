using System.ComponentModel;
using ShopSmart.Core.Hosting;
using ShopSmart.Core.Runs;
using ShopSmart.Core.Texts;
using ShopSmart.Etl.Commands;
using ShopSmart.Etl.Sources;
using ShopSmart.ExcelExport.Commands;
using ShopSmart.Modeling.Commands;
using ShopSmart.Reporting.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShopSmart.Cli.Commands;

/// <summary>
/// <c>run</c>: the nightly job end to end — migrate the warehouse, load the data files, train the models, write the
/// marketing workbook and the analysis report. Each stage is one static job call under its heading, the same call its
/// own app makes.
/// </summary>
[Description("Run the main job: migrate, load the data (default: the bundled sample), train the customer models, write the marketing workbook and the analysis report.")]
public sealed class RunCommand(IAnsiConsole console, AppIdentity app) : WarehouseCommand<RunCommand.Settings>(console, app)
{
    public sealed class Settings : WarehouseSettings
    {
        [CommandOption("--data <PATH>")]
        [Description("File, folder or zip archive to load (default: the UCI sample bundled with the app).")]
        public string[] Data { get; init; } = [];

        [CommandOption("--force")]
        [Description("Reload files already loaded.")]
        public bool Force { get; init; }

        [CommandOption("--delimiter <DELIMITER>")]
        [Description("CSV delimiter: , ; tab or | (default: detected from the header). As shopsmart-etl load.")]
        public string? Delimiter { get; init; }

        [CommandOption("--decimal <MARK>")]
        [Description("CSV decimal mark: point or comma (default: detected from the prices).")]
        public string? Decimal { get; init; }

        [CommandOption("--date-order <ORDER>")]
        [Description("CSV date order: month-first or day-first (default: detected from the dates).")]
        public string? DateOrder { get; init; }

        [CommandOption("--column <COLUMN=NAME>")]
        [Description("The file's own name for an Online Retail column (--column Quantity=Qty). As shopsmart-etl load.")]
        public string[] Columns { get; init; } = [];

        [CommandOption("--sheet <NAME>")]
        [Description("A workbook's sheet to read, by name; repeat for each (default: every sheet with data). As shopsmart-etl load.")]
        public string[] Sheets { get; init; } = [];

        [CommandOption("--culture <CULTURE>")]
        [Description("Language(s) of the analysis report: en-GB, fr-FR (repeat the option for both; default both).")]
        public string[] Cultures { get; init; } = [];

        public override ValidationResult Validate()
        {
            // The report's own rule for culture names (en-GB, fr-FR, en, fr), so run accepts what report accepts.
            try
            {
                foreach (var culture in Cultures)
                {
                    TextCulture.Parse(culture);
                }
            }
            catch (BadInputException ex)
            {
                return ValidationResult.Error($"--culture: {ex.Message}");
            }

            return base.Validate();
        }
    }

    /// <summary>The sample shipped beside the program, so the quick start works from any working directory.</summary>
    public static string BundledSample => Path.Combine(AppContext.BaseDirectory, "data", "online_retail_sample.csv.gz");

    protected override string Name => "run";

    protected override bool CreatesWarehouse => true;

    // Missing data is refused before the warehouse is created. The warehouse may not exist yet: migrate first, so
    // the run can be recorded in etl.job_run.
    protected override void Prepare(RunContext context, Settings settings)
    {
        SourcePaths.Expand(DataPaths(settings));
        Source(context, settings);
        AppConsoles.WriteHeading(context.Console, "[bold]1. migrate[/]");
        MigrateCommand.Migrate(context);
    }

    protected override int Run(RunContext context, Settings settings, CancellationToken cancellationToken)
    {
        AppConsoles.WriteHeading(context.Console, "[bold]2. load[/]");
        EtlJob.Load(context, DataPaths(settings), settings.Force, null, cancellationToken, sourceOverrides: Source(context, settings));

        StageMemory.Release();
        AppConsoles.WriteHeading(context.Console, "[bold]3. model[/]");
        BadInputException? notModelled = null;
        try
        {
            ModelingJob.Train(context, ModelingJob.BindOptions(context.Configuration), cancellationToken);
        }
        catch (BadInputException ex)
        {
            // Data too short or too small to model is no reason to withhold the workbook and the report: they are
            // written from the views (and any earlier model run), and the run still ends with exit code 2.
            notModelled = ex;
            context.Console.MarkupLineInterpolated($"[yellow]Models not trained:[/] {ex.Message} The workbook and the report are written without a new model run.");
        }

        StageMemory.Release();
        AppConsoles.WriteHeading(context.Console, "[bold]4. workbook[/]");
        WorkbookJob.Export(context, null, cancellationToken);

        StageMemory.Release();
        AppConsoles.WriteHeading(context.Console, "[bold]5. report[/]");
        var cultures = settings.Cultures.Length > 0 ? settings.Cultures : TextCulture.All.Select(c => c.Name).ToArray();
        ReportJob.WriteEach(context, ReportOptions.Bind(context.Configuration), cultures);

        if (notModelled is not null)
        {
            throw notModelled;
        }

        AppConsoles.WriteHeading(context.Console, "[bold green]done[/]");
        return 0;
    }

    private static SourceOptions Source(RunContext context, Settings settings) =>
        EtlJob.BindSource(context.Configuration, settings.Delimiter, settings.Decimal, settings.DateOrder, settings.Columns, settings.Sheets);

    private static string[] DataPaths(Settings settings) => settings.Data.Length > 0 ? settings.Data : [BundledSample];
}
