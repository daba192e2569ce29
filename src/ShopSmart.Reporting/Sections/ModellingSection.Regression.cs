using ShopSmart.Core.Texts;
using ShopSmart.Reporting.Plots;

namespace ShopSmart.Reporting.Sections;

/// <summary>Spend and CLV: errors against baselines, predicted against actual, and the BG/NBD fit check.</summary>
public static partial class ModellingSection
{
    private static readonly string[] RegressionMetrics = ["rmse", "mae", "r2", "spearman"];
    private static readonly string[] ClvParameters = ["r", "alpha", "a", "b", "p", "q", "gamma"];

    private static void Regression(SectionContext context, SectionWriter section, string model)
    {
        if (!Begin(context, section, model, out var run))
        {
            return;
        }

        MetricsTable(context, section, model, "all", RegressionMetrics);
        Verdict(context, section, run);
        PredictedVsActual(context, section, model);
        Importance(context, section, model);
    }

    private static void Clv(SectionContext context, SectionWriter section)
    {
        if (!Begin(context, section, "clv", out var run))
        {
            return;
        }

        MetricsTable(context, section, "clv", "all", RegressionMetrics);
        Verdict(context, section, run);
        var parameters = context.Data.Modelling.Metrics.Where(m => m.Model == "clv" && m.Scope == "parameters" && m.Value is not null).ToList();
        var shown = ClvParameters.Where(p => parameters.Any(m => m.Metric == p)).ToList();
        if (shown.Count > 0)
        {
            section.Table(
                "model.clv.parameters.caption",
                [("col.parameter", false), ("col.value", true), ("col.meaning", false)],
                shown.Select(p => (IReadOnlyList<string>)[p, context.Number(parameters.First(m => m.Metric == p).Value!.Value, 3), context.T("model.clv.parameter." + p)]));
        }

        var histogram = context.Data.Modelling.Curve("clv", "repeat_histogram").Where(p => p.Y is not null).ToList();
        var actual = histogram.Where(p => p.Series == "actual").OrderBy(p => p.Index).ToList();
        var expected = histogram.Where(p => p.Series == "expected").OrderBy(p => p.Index).ToList();
        if (actual.Count > 0 && actual.Count == expected.Count)
        {
            section.Figure("model.clv.fit", () => Charts.GroupedColumns(
                context.T("model.clv.fit.title"), context.T("model.clv.fit.x"), context.T("model.clv.fit.y"),
                actual.Select(p => p.Label ?? context.Count(p.X ?? p.Index)).ToList(),
                [
                    new ChartSeries(context.T("model.clv.actual"), [], actual.Select(p => p.Y!.Value).ToList(), ReportPalette.Muted),
                    new ChartSeries(context.T("model.clv.expected"), [], expected.Select(p => p.Y!.Value).ToList(), ReportPalette.Primary),
                ],
                context.Count));
            var gap = actual.Zip(expected, (a, e) => Math.Abs(a.Y!.Value - e.Y!.Value)).Sum();
            section.Paragraph("model.clv.fit.observation", new TextArgs
            {
                { "customers", TextValue.Count(actual.Sum(p => p.Y!.Value)) },
                { "misplaced", TextValue.Count(gap / 2) },
                { "share", TextValue.Percent(actual.Sum(p => p.Y!.Value) > 0 ? gap / 2 / actual.Sum(p => p.Y!.Value) : 0) },
            });
        }

        var holdout = context.Data.Modelling.Curve("clv", "holdout_by_frequency").Where(p => p.X is not null && p.Y is not null).ToList();
        if (holdout.Count > 0)
        {
            section.Figure("model.clv.holdout", () => Charts.Lines(
                context.T("model.clv.holdout.title"), context.T("model.clv.holdout.x"), context.T("model.clv.holdout.y"),
                holdout.GroupBy(p => p.Series).OrderBy(g => g.Key == "expected" ? 0 : 1).Select((g, i) => new ChartSeries(
                    context.T(g.Key == "expected" ? "model.clv.expected" : "model.clv.actual"),
                    g.OrderBy(p => p.Index).Select(p => p.X!.Value).ToList(), g.OrderBy(p => p.Index).Select(p => p.Y!.Value).ToList(),
                    g.Key == "expected" ? ReportPalette.Primary : ReportPalette.Secondary)).ToList(),
                v => context.Count(v), v => context.Number(v, 1), integerX: true));
        }

        PredictedVsActual(context, section, "clv");
    }

    private static void PredictedVsActual(SectionContext context, SectionWriter section, string model)
    {
        var points = context.Data.Modelling.Curve(model, "predicted_vs_actual").Where(p => p.X is not null && p.Y is not null).ToList();
        if (points.Count == 0)
        {
            return;
        }

        var top = Math.Max(points.Max(p => p.X!.Value), points.Max(p => p.Y!.Value)) * 1.03;
        section.Figure("model.predicted", () => Charts.Lines(
            context.T("model.predicted.title", new TextArgs { { "model", TextValue.Of(ModelName(context, model)) } }),
            context.T("model.predicted.x"), context.T("model.predicted.y"),
            [new ChartSeries(CandidateName(context, points[0].Series), points.Select(p => p.X!.Value).ToList(), points.Select(p => p.Y!.Value).ToList(), ReportPalette.Primary.WithAlpha(0.6), Markers: true)],
            context.MoneyCompact, context.MoneyCompact, diagonal: context.T("model.predicted.perfect"), xLimits: (0, top), yLimits: (0, top), square: true),
            new TextArgs { { "model", TextValue.Of(ModelName(context, model)) }, { "customers", TextValue.Count(points.Count) } });
    }
}
