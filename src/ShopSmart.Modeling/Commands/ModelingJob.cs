using System.Globalization;
using Microsoft.Extensions.Configuration;
using ShopSmart.Core.Engines;
using ShopSmart.Core.Hosting;
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

    public static ModelingOptions BindOptions(IConfiguration configuration)
    {
        var options = new ModelingOptions();
        configuration.GetSection(ModelingOptions.SectionName).Bind(options);
        return options;
    }

    /// <summary>Where models go when no folder is configured: beside the DuckDB file, else out/models.</summary>
    public static ModelingOptions WithModelFolder(ModelingOptions options, WarehouseEngine engine)
    {
        if (string.IsNullOrWhiteSpace(options.ModelFolder))
        {
            options.ModelFolder = engine is DuckDbEngine duck
                ? Path.Combine(Path.GetDirectoryName(duck.DatabasePath) ?? ".", "models")
                : Path.GetFullPath(Path.Combine("out", "models"));
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

        var details = new Table().Title("Every hold-out metric (ml.model_metric), scope 'all' or 'pooled'")
            .AddColumns("model", "metric", "candidate", "value");
        foreach (var m in result.Metrics.Where(m => m.Scope is "all" or "pooled" or "parameters" or "chosen"))
        {
            details.AddRow(Markup.Escape(m.Model), Markup.Escape(m.Metric), Markup.Escape(m.Candidate + (m.IsBaseline ? " (baseline)" : "")), m.Value?.ToString("0.0000", c) ?? "");
        }

        console.Write(details);
    }

    private sealed class ConsoleProgress(IAnsiConsole console) : IModelingProgress
    {
        public void Stage(string model, string message) => console.MarkupLineInterpolated($"[bold]{model}[/]: {message}");
    }
}
