using System.Globalization;
using Microsoft.Extensions.Configuration;
using ShopSmart.Core.Engines;
using ShopSmart.Core.Hosting;
using ShopSmart.Core.Runs;
using ShopSmart.Modeling.Output;
using ShopSmart.Modeling.Pipeline;
using Spectre.Console;

namespace ShopSmart.Modeling.Commands;

/// <summary>
/// Runs the models and prints the metrics table a data scientist would paste into a review. Shared by
/// <c>shopsmart-modeling train</c> and the main <c>shopsmart run</c> job.
/// </summary>
public static class ModelingJob
{
    public static ModelingResult Train(RunContext context, ModelingOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = ModelingPipeline.Run(context.Engine, WithModelFolder(options, context.Engine), context.JobRunId, new ConsoleProgress(context.Console));
        Render(context.Console, result);
        return result;
    }

    /// <summary>The Modeling section, with the settings only configuration can give checked here, for every command that models.</summary>
    public static ModelingOptions BindOptions(IConfiguration configuration)
    {
        var options = new ModelingOptions();
        configuration.GetSection(ModelingOptions.SectionName).Bind(options);
        if (options.SegmentSelectionCustomers < options.MinCustomers || options.ProductTrainingCustomers < options.MinCustomers)
        {
            throw new BadInputException(
                $"Modeling:SegmentSelectionCustomers ({options.SegmentSelectionCustomers}) and Modeling:ProductTrainingCustomers " +
                $"({options.ProductTrainingCustomers}) must be at least Modeling:MinCustomers ({options.MinCustomers}).");
        }

        if (options.KeepRuns < 0)
        {
            throw new BadInputException($"Modeling:KeepRuns ({options.KeepRuns}) must be 0 (keep every run's rows) or more.");
        }

        return options;
    }

    /// <summary>
    /// Where models go when no folder is configured: models/&lt;warehouse&gt; beside the DuckDB file, or
    /// out/models/&lt;database&gt; for SQL Server. Named after the warehouse because run ids are numbered per warehouse:
    /// two warehouses in one folder would otherwise write their run-1 models over each other's.
    /// </summary>
    public static ModelingOptions WithModelFolder(ModelingOptions options, WarehouseEngine engine)
    {
        if (string.IsNullOrWhiteSpace(options.ModelFolder))
        {
            options.ModelFolder = engine switch
            {
                DuckDbEngine duck => Path.Combine(
                    Path.GetDirectoryName(Path.GetFullPath(duck.DatabasePath)) ?? ".", "models", Path.GetFileNameWithoutExtension(duck.DatabasePath)),
                SqlServerEngine server => Path.GetFullPath(Path.Combine("out", "models", string.IsNullOrEmpty(server.Database) ? "sqlserver" : server.Database)),
                _ => Path.GetFullPath(Path.Combine("out", "models")),
            };
        }

        return options;
    }

    /// <summary>One line per model: status, hold-out metric against its best baseline, grade.</summary>
    public static void Render(IAnsiConsole console, ModelingResult result)
    {
        var c = CultureInfo.InvariantCulture;
        var table = new Table().Title($"Modelling run {result.RunId}: hold-out metrics, model vs best baseline")
            .AddColumns("model", "status", "algorithm", "metric", "model", "best baseline", "baseline", "grade", "seconds");
        foreach (var run in result.Runs)
        {
            table.AddRow(
                Markup.Escape(run.Model),
                run.Status == ModelStatus.Trained ? "[green]trained[/]" : $"[yellow]skipped[/]: {Markup.Escape(run.Message ?? "")}",
                Markup.Escape(run.Algorithm ?? ""),
                Markup.Escape(run.PrimaryMetric ?? ""),
                run.ModelValue?.ToString("0.0000", c) ?? "",
                Markup.Escape(run.BaselineName ?? ""),
                run.BaselineValue?.ToString("0.0000", c) ?? "",
                run.Grade ?? "",
                (run.DurationMs / 1000.0).ToString("0.0", c));
        }

        console.Write(table);

        // One table per model: metrics down, the model and its baselines across — the layout of a review.
        foreach (var model in result.Metrics.Where(m => m.Scope is "all" or "pooled").GroupBy(m => m.Model))
        {
            var candidates = model.Select(m => (m.Candidate, m.IsBaseline)).Distinct().OrderBy(x => x.IsBaseline).ToList();
            var byModel = new Table().Title($"{model.Key}: hold-out, {model.First().Scope}").AddColumn("metric");
            foreach (var (candidate, isBaseline) in candidates)
            {
                byModel.AddColumn(new TableColumn(Markup.Escape(isBaseline ? $"{candidate} (baseline)" : candidate)).RightAligned());
            }

            foreach (var metric in model.GroupBy(m => m.Metric).Where(g => ReviewMetrics.Contains(g.Key)))
            {
                var values = candidates.Select(x => metric.FirstOrDefault(m => m.Candidate == x.Candidate)?.Value is { } v ? Format(metric.Key, v) : "");
                byModel.AddRow([Markup.Escape(metric.Key), .. values]);
            }

            console.Write(byModel);
        }
    }

    /// <summary>The metrics a review table shows; the rest are in ml.model_metric.</summary>
    private static readonly HashSet<string> ReviewMetrics = new(StringComparer.Ordinal)
    {
        "roc_auc", "pr_auc", "log_loss", "brier", "f1@0.5", "f1@best_f1", "threshold@best_f1", "top_decile_lift", "top_decile_capture",
        "base_rate", "rmse", "mae", "r2", "spearman", "precision@1", "precision@5", "success@1", "success@3", "success@5", "recall@5",
        "customers", "silhouette", "invoices", "itemsets", "rules",
    };

    private static string Format(string metric, double value) => metric is "rmse" or "mae" or "customers" or "invoices" or "itemsets" or "rules"
        ? value.ToString("N0", CultureInfo.InvariantCulture)
        : value.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>
    /// A line per step with the run's clock and the process's CPU time so far: two lanes run at once, so a step's own
    /// duration is the difference between its line and the next line of the same model.
    /// </summary>
    private sealed class ConsoleProgress(IAnsiConsole console) : IModelingProgress
    {
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
        private readonly TimeSpan _cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        private readonly Lock _gate = new();

        public void Stage(string model, string message)
        {
            lock (_gate)
            {
                var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - _cpu;
                var at = string.Create(CultureInfo.InvariantCulture, $"{_clock.Elapsed.TotalSeconds,5:0.0} s (cpu {cpu.TotalSeconds:0.0} s)");
                console.MarkupLineInterpolated($"[grey]{at}[/] [bold]{model}[/]: {message}");
            }
        }
    }
}
