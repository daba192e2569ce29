using System.ComponentModel;
using ShopSmart.Core.Hosting;
using ShopSmart.Etl.Cleaning;
using ShopSmart.Etl.Sources;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShopSmart.Etl.Commands;

/// <summary><c>load</c>: loads Online Retail files (csv, csv.gz, xlsx) or folders of them, one batch per file.</summary>
[Description("Load UCI Online Retail files (csv, csv.gz, xlsx, xls, or a zip of them; Online Retail or Online Retail II layout) into the warehouse.")]
public sealed class LoadCommand(IAnsiConsole console, AppIdentity app) : WarehouseCommand<LoadCommand.Settings>(console, app)
{
    public sealed class Settings : WarehouseSettings
    {
        [CommandArgument(0, "<PATHS>")]
        [Description("Files, folders or zip archives to load.")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--force")]
        [Description("Reload a file already loaded, replacing that batch's rows.")]
        public bool Force { get; init; }

        [CommandOption("--duplicates <POLICY>")]
        [Description("Exact duplicate lines: Flag (load, mark is_duplicate; default) or Quarantine (to etl.rejected_row).")]
        public string? Duplicates { get; init; }

        [CommandOption("--outlier-z <Z>")]
        [Description("Modified z-score above which quantity and price are flagged as outliers (default 3.5).")]
        public string? OutlierZ { get; init; }

        [CommandOption("--delimiter <DELIMITER>")]
        [Description("CSV delimiter: , ; tab or | (default: detected from the header).")]
        public string? Delimiter { get; init; }

        [CommandOption("--decimal <MARK>")]
        [Description("CSV decimal mark: point (1.85) or comma (1,85) (default: detected from the prices).")]
        public string? Decimal { get; init; }

        [CommandOption("--date-order <ORDER>")]
        [Description("CSV date order: month-first (12/1/2010) or day-first (01/12/2010) (default: detected from the dates).")]
        public string? DateOrder { get; init; }

        [CommandOption("--column <COLUMN=NAME>")]
        [Description("The file's own name for an Online Retail column, as Column=Name (--column Quantity=Qty --column \"CustomerID=Customer Number\"); repeat for each. InvoiceTime names a time of day kept apart from the date (a column named Time is read as one).")]
        public string[] Columns { get; init; } = [];

        [CommandOption("--sheet <NAME>")]
        [Description("A workbook's sheet to read, by name (--sheet \"Online Retail\"); repeat for each. Its other sheets (a summary, a pivot table) are passed over and named. Default: every sheet with data.")]
        public string[] Sheets { get; init; } = [];

        [CommandOption("--timings")]
        [Description("Show how long each phase and SQL step of every batch took.")]
        public bool Timings { get; init; }

        public override ValidationResult Validate()
        {
            var shared = base.Validate();
            return shared.Successful
                ? OptionValues.Check(
                    OptionValues.EnumError<DuplicatePolicy>("--duplicates", Duplicates),
                    OptionValues.NumberError("--outlier-z", OutlierZ))
                : shared;
        }
    }

    protected override string Name => "load";

    protected override int Run(RunContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = EtlJob.BindCleaning(context.Configuration);
        options.Duplicates = OptionValues.Enum<DuplicatePolicy>(settings.Duplicates) ?? options.Duplicates;
        options.OutlierZScore = OptionValues.Number(settings.OutlierZ) ?? options.OutlierZScore;
        var source = EtlJob.BindSource(context.Configuration, settings.Delimiter, settings.Decimal, settings.DateOrder, settings.Columns, settings.Sheets);
        MigrationGuard.EnsureMigrated(context);
        EtlJob.Load(context, settings.Paths, settings.Force, options, cancellationToken, settings.Timings, source);
        return 0;
    }
}
