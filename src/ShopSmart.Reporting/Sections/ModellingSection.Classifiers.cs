using ShopSmart.Core.Texts;
using ShopSmart.Reporting.Plots;

namespace ShopSmart.Reporting.Sections;

/// <summary>Propensity models: metrics against baselines, ROC and precision-recall, confusion matrix, lift, importance.</summary>
public static partial class ModellingSection
{
    private static readonly string[] ClassifierMetrics =
    [
        "roc_auc", "pr_auc", "base_rate", "top_decile_lift", "top_decile_capture", "threshold@best_f1", "precision@best_f1", "recall@best_f1",
        "f1@best_f1", "brier", "log_loss",
    ];

    private static void Classifier(SectionContext context, SectionWriter section, string model, string scope)
    {
        if (!Begin(context, section, model, out var run))
        {
            return;
        }

        var name = TextValue.Of(ModelName(context, model));
        MetricsTable(context, section, model, scope, ClassifierMetrics);
        Verdict(context, section, run);

        var roc = Series(context, model, "roc");
        var pr = Series(context, model, "pr");
        if (roc.Count > 0)
        {
            section.Figure("model.roc", () => Charts.Lines(
                context.T("model.roc.title"), context.T("model.roc.x"), context.T("model.roc.y"), roc, context.Percent0, context.Percent0,
                diagonal: context.T("model.roc.chance"), xLimits: (0, 1), yLimits: (0, 1.02), square: true), new TextArgs { { "model", name } });
        }

        if (pr.Count > 0)
        {
            section.Figure("model.pr", () => Charts.Lines(
                context.T("model.pr.title"), context.T("model.pr.x"), context.T("model.pr.y"), pr, context.Percent0, context.Percent0,
                xLimits: (0, 1), yLimits: (0, 1.02), square: true), new TextArgs { { "model", name } });
        }

        Confusion(context, section, model, name, model == "product_propensity" ? "model.confusion.unit.pairs" : "model.confusion.unit.customers");

        var lift = context.Data.Modelling.Curve(model, "lift").Where(p => p.X is not null && p.Y is not null).ToList();
        if (lift.Count > 0)
        {
            var candidates = lift.GroupBy(p => p.Series).OrderBy(g => g.Key == run.Algorithm ? 0 : 1).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            var deciles = candidates[0].OrderBy(p => p.X).Select(p => context.Count(p.X!.Value)).ToList();
            section.Figure("model.lift", () => Charts.GroupedColumns(
                context.T("model.lift.title"), context.T("model.lift.x"), context.T("model.lift.y"), deciles,
                candidates.Select((g, i) => new ChartSeries(CandidateName(context, g.Key), [], g.OrderBy(p => p.X).Select(p => p.Y!.Value).ToList(), ReportPalette.SeriesAt(i))).ToList(),
                v => context.Number(v, 1)), new TextArgs { { "model", name } });
        }

        Importance(context, section, model);
    }

    private static void Confusion(SectionContext context, SectionWriter section, string model, TextValue name, string unit)
    {
        var cells = context.Data.Modelling.Curve(model, "confusion").Where(p => p.Series == "best F1" && p.Label is not null && p.Value is not null)
            .ToDictionary(p => p.Label!, p => p.Value!.Value, StringComparer.Ordinal);
        if (!(cells.TryGetValue("TP", out var tp) && cells.TryGetValue("FP", out var fp) && cells.TryGetValue("FN", out var fn) && cells.TryGetValue("TN", out var tn)))
        {
            return;
        }

        var threshold = context.Data.Modelling.Curve(model, "confusion").First(p => p.Series == "best F1").X ?? double.NaN;
        var labels = new[] { context.T("model.confusion.buys"), context.T("model.confusion.does_not_buy") };
        section.Figure("model.confusion", () => Charts.Heatmap(
            context.T("model.confusion.title"), context.T("model.confusion.x"), context.T("model.confusion.y"),
            new double[,] { { tp, fn }, { fp, tn } }, labels, labels, Charts.Sequential, context.T(unit), context.Count, context.Count,
            width: 560, height: 380), new TextArgs { { "model", name }, { "threshold", TextValue.Decimal(threshold, 2) } });
        section.Paragraph("model.confusion.observation", new TextArgs
        {
            { "threshold", TextValue.Decimal(threshold, 2) },
            { "tp", TextValue.Count(tp) },
            { "buyers", TextValue.Count(tp + fn) },
            { "recall", TextValue.Percent(tp + fn > 0 ? tp / (tp + fn) : 0) },
            { "precision", TextValue.Percent(tp + fp > 0 ? tp / (tp + fp) : 0) },
            { "flagged", TextValue.Count(tp + fp) },
            { "unit", TextValue.Term(unit) },
        });
    }

    // One line per candidate, the model (listed first in the metrics) in the primary colour.
    private static List<ChartSeries> Series(SectionContext context, string model, string curve)
    {
        var run = context.Data.Modelling.Run(model);
        return context.Data.Modelling.Curve(model, curve).Where(p => p.X is not null && p.Y is not null)
            .GroupBy(p => p.Series)
            .OrderBy(g => g.Key == run?.Algorithm ? 0 : 1).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, i) => new ChartSeries(CandidateName(context, g.Key), g.Select(p => p.X!.Value).ToList(), g.Select(p => p.Y!.Value).ToList(), ReportPalette.SeriesAt(i), Dashed: i > 0))
            .ToList();
    }
}
