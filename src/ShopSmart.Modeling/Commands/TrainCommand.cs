using System.ComponentModel;
using System.Globalization;
using ShopSmart.Core.Hosting;
using ShopSmart.Core.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShopSmart.Modeling.Commands;

/// <summary><c>train</c>: runs every model on the warehouse and writes a new run to the ml tables.</summary>
[Description("Train and evaluate the customer models (segments, propensity, spend, CLV, baskets) and write their scores to ml.*.")]
public sealed class TrainCommand(IAnsiConsole console, AppIdentity app) : WarehouseCommand<TrainCommand.Settings>(console, app)
{
    public sealed class Settings : WarehouseSettings
    {
        [CommandOption("--horizon <DAYS>")]
        [Description("Prediction horizon H in days (default 90).")]
        public int? Horizon { get; init; }

        [CommandOption("--cutoff <DATE>")]
        [Description("Evaluation cut-off T, yyyy-MM-dd (default: H days before the end of the data).")]
        public string? Cutoff { get; init; }

        [CommandOption("--products <N>")]
        [Description("Product propensity for the top N products by buyers (default 20).")]
        public int? TopProducts { get; init; }

        [CommandOption("--product <STOCK_CODE>")]
        [Description("Product propensity for this product instead of the top N; repeat for several.")]
        public string[] Products { get; init; } = [];

        [CommandOption("--seed <SEED>")]
        [Description("Seed of every random choice (default 20111209).")]
        public int? Seed { get; init; }

        [CommandOption("--min-support <FRACTION>")]
        [Description("Baskets: minimum share of invoices for a frequent itemset (default 0.01).")]
        public double? MinSupport { get; init; }

        [CommandOption("--min-confidence <FRACTION>")]
        [Description("Baskets: minimum rule confidence (default 0.2).")]
        public double? MinConfidence { get; init; }

        [CommandOption("--model-folder <PATH>")]
        [Description("Where the ML.NET models are saved, one folder run-<id> per run (default: models/<warehouse> beside the DuckDB file, e.g. out/models/shopsmart; out/models/<database> for SQL Server).")]
        public string? ModelFolder { get; init; }
    }

    protected override string Name => "train";

    protected override int Run(RunContext context, Settings settings, CancellationToken cancellationToken)
    {
        MigrationGuard.EnsureMigrated(context);
        ModelingJob.Train(context, Options(context, settings), cancellationToken);
        return 0;
    }

    /// <summary>Configuration (Modeling section) overridden by the command line; bad values are usage errors.</summary>
    public static ModelingOptions Options(RunContext context, Settings settings)
    {
        var options = ModelingJob.BindOptions(context.Configuration);
        options.HorizonDays = settings.Horizon ?? options.HorizonDays;
        options.TopProducts = settings.TopProducts ?? options.TopProducts;
        options.Seed = settings.Seed ?? options.Seed;
        options.MinSupport = settings.MinSupport ?? options.MinSupport;
        options.MinConfidence = settings.MinConfidence ?? options.MinConfidence;
        options.ModelFolder = settings.ModelFolder ?? options.ModelFolder;
        if (settings.Products.Length > 0)
        {
            options.Products = [.. settings.Products];
        }

        if (settings.Cutoff is not null)
        {
            options.EvaluationCutoff = DateOnly.TryParseExact(settings.Cutoff, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var cutoff)
                ? cutoff
                : throw new BadInputException($"--cutoff {settings.Cutoff}: not a date in the form yyyy-MM-dd.");
        }

        if (options.TopProducts < 1 || options.MinSupport is <= 0 or > 1 || options.MinConfidence is < 0 or > 1)
        {
            throw new BadInputException("--products must be at least 1, --min-support in (0, 1] and --min-confidence in [0, 1].");
        }

        return options;
    }
}
