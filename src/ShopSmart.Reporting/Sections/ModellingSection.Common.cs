using ShopSmart.Core.Insights;
using ShopSmart.Core.Texts;
using ShopSmart.Reporting.Data;
using ShopSmart.Reporting.Document;
using ShopSmart.Reporting.Plots;

namespace ShopSmart.Reporting.Sections;

/// <summary>What every model's part shares: its heading and question, the metrics table, importance, the verdict.</summary>
public static partial class ModellingSection
{
    private const int TopFeatures = 12;

    /// <summary>Starts a model's part; false (and nothing written) when the run has no such model.</summary>
    private static bool Begin(SectionContext context, SectionWriter section, string model, out ModelRun run)
    {
        run = context.Data.Modelling.Run(model)!;
        if (run is null)
        {
            return false;
        }

        section.Add(new Heading(ModelName(context, model)));
        section.Paragraph($"model.{model}.method", new TextArgs
        {
            { "horizon", TextValue.Count(run.HorizonDays) },
            { "algorithm", TextValue.Of(run.Algorithm is null ? "—" : CandidateName(context, run.Algorithm)) },
        });
        if (!run.Trained)
        {
            section.Warning("model.skipped.note", new TextArgs
            {
                { "model", TextValue.Of(ModelName(context, model)) },
                { "reason", TextValue.Of(run.Message ?? "—") },
            });
            return false;
        }

        return true;
    }

    /// <summary>One row per metric, one column per candidate: the model first, then its baselines.</summary>
    private static void MetricsTable(SectionContext context, SectionWriter section, string model, string scope, IReadOnlyList<string> metrics)
    {
        var rows = context.Data.Modelling.Metrics.Where(m => m.Model == model && m.Scope == scope).ToList();
        var candidates = rows.GroupBy(m => m.Candidate).OrderBy(g => g.First().IsBaseline).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        var shown = metrics.Where(metric => rows.Any(r => r.Metric == metric)).ToList();
        if (candidates.Count == 0 || shown.Count == 0)
        {
            return;
        }

        section.Add(new Table(
            context.T("model.metrics.caption", new TextArgs { { "model", TextValue.Of(ModelName(context, model)) } }),
            [new TableColumn(context.T("col.metric")), .. candidates.Select(c => new TableColumn(CandidateName(context, c), Numeric: true))],
            shown.Select(metric => (IReadOnlyList<string>)
            [
                MetricName(context, metric),
                .. candidates.Select(c => rows.FirstOrDefault(r => r.Candidate == c && r.Metric == metric)?.Value is { } v ? MetricValue(context, metric, v) : "—"),
            ]).ToList()).Validate());
    }

    /// <summary>The headline metric against the best baseline, and what the grade means.</summary>
    /// <param name="advise">Add the usual advice (use the baseline instead, the simple rule is nearly as good).</param>
    private static void Verdict(SectionContext context, SectionWriter section, ModelRun run, bool advise = true)
    {
        if (run.PrimaryMetric is null || run.ModelValue is null || run.BaselineValue is null || run.Grade is null)
        {
            return;
        }

        section.Paragraph("model.verdict." + run.Grade.ToLowerInvariant() + (advise ? string.Empty : ".bare"), new TextArgs
        {
            { "metric", TextValue.Of(MetricName(context, run.PrimaryMetric)) },
            { "value", TextValue.Of(MetricValue(context, run.PrimaryMetric, run.ModelValue.Value)) },
            { "baseline", TextValue.Of(CandidateName(context, run.BaselineName ?? "—")) },
            { "baseline_value", TextValue.Of(MetricValue(context, run.PrimaryMetric, run.BaselineValue.Value)) },
        });
    }

    /// <summary>Permutation importance of the most important features, as bars.</summary>
    private static void Importance(SectionContext context, SectionWriter section, string model)
    {
        var features = context.Data.Modelling.Importances.Where(f => f.Model == model).OrderBy(f => f.Rank).Take(TopFeatures).ToList();
        if (features.Count == 0)
        {
            return;
        }

        var metric = features[0].Metric;
        section.Figure("model.importance", () => Charts.Bars(
            context.T("model.importance.title", new TextArgs { { "model", TextValue.Of(ModelName(context, model)) } }),
            context.T("model.importance.x", new TextArgs { { "metric", TextValue.Of(MetricName(context, metric)) } }),
            features.Select(f => context.Texts.GetOrDefault("feature." + f.Feature, f.Feature)).ToList(),
            features.Select(f => f.Importance).ToList(),
            v => context.Number(v, metric is "rmse" or "mae" ? 0 : 3),
            features.Select(f => f.Importance > 0 ? ReportPalette.Primary : ReportPalette.Muted).ToList()),
            new TextArgs { { "model", TextValue.Of(ModelName(context, model)) }, { "metric", TextValue.Of(MetricName(context, metric)) } });
        section.Paragraph("model.importance.observation", new TextArgs
        {
            { "first", TextValue.Of(context.Texts.GetOrDefault("feature." + features[0].Feature, features[0].Feature)) },
            { "second", TextValue.Of(features.Count > 1 ? context.Texts.GetOrDefault("feature." + features[1].Feature, features[1].Feature) : "—") },
            { "useless", TextValue.Count(context.Data.Modelling.Importances.Count(f => f.Model == model && f.Importance <= 0)) },
        });
    }

    private static string CandidateName(SectionContext context, string candidate) => CandidateNames.Of(context.Texts, candidate);

    // Ranking metrics are shares of customers or of recommendations: written as percentages.
    private static readonly HashSet<string> PercentMetrics =
        ["base_rate", "top_decile_capture", "precision@1", "precision@3", "precision@5", "success@1", "success@3", "success@5", "recall@5"];

    private static readonly HashSet<string> CountMetrics = ["k", "customers", "invoices", "itemsets", "rules", "min_count"];

    private static string MetricValue(SectionContext context, string metric, double value) =>
        metric is "rmse" or "mae" ? context.Money(value, 0)
        : PercentMetrics.Contains(metric) ? context.Percent(value)
        : CountMetrics.Contains(metric) ? context.Count(value)
        : context.Number(value, 3);
}
