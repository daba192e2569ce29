using ShopSmart.Core.Texts;
using ShopSmart.Reporting.Data;

namespace ShopSmart.Reporting.Sections;

/// <summary>The run, the models' questions and their headline metric against the best baseline.</summary>
public static partial class ModellingSection
{
    /// <summary>The models in the order the chapter presents them (docs/model-outputs.md).</summary>
    private static readonly string[] Models = ["segments", "purchase_propensity", "product_propensity", "spend", "clv", "baskets", "next_best_product"];

    private static void Overview(SectionContext context, SectionWriter section)
    {
        var runs = context.Data.Modelling.Runs;
        var first = runs[0];
        section.Paragraph("model.run", new TextArgs
        {
            { "run", TextValue.Count(first.RunId) },
            { "created", TextValue.Day(DateOnly.FromDateTime(first.CreatedAt)) },
            { "models", TextValue.Count(runs.Count) },
            { "trained", TextValue.Count(runs.Count(r => r.Trained)) },
        });
        section.Table(
            "model.overview.caption",
            [("col.model", false), ("col.question", false), ("col.metric", false), ("col.model_value", true), ("col.best_baseline", false), ("col.baseline_value", true), ("col.grade", false)],
            Ordered(runs).Select(r => (IReadOnlyList<string>)
            [
                ModelName(context, r.Model),
                context.Texts.GetOrDefault($"model.{r.Model}.question", "—"),
                r.PrimaryMetric is null ? "—" : MetricName(context, r.PrimaryMetric),
                r.ModelValue is null || r.PrimaryMetric is null ? "—" : MetricValue(context, r.PrimaryMetric, r.ModelValue.Value),
                r.BaselineName is null ? "—" : CandidateName(context, r.BaselineName),
                r.BaselineValue is null || r.PrimaryMetric is null ? "—" : MetricValue(context, r.PrimaryMetric, r.BaselineValue.Value),
                r.Trained ? r.Grade ?? "—" : context.T("model.skipped"),
            ]));
        section.Paragraph("model.grades");
    }

    private static IEnumerable<ModelRun> Ordered(IEnumerable<ModelRun> runs) =>
        runs.OrderBy(r => Array.IndexOf(Models, r.Model) is var i and >= 0 ? i : Models.Length).ThenBy(r => r.Model, StringComparer.Ordinal);

    private static string ModelName(SectionContext context, string model) => context.Texts.GetOrDefault($"model.{model}.name", model);

    private static string MetricName(SectionContext context, string metric) => context.Texts.GetOrDefault("metric." + metric, metric);
}
