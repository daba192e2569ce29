using ShopSmart.Core.Insights;
using ShopSmart.Core.Texts;
using ShopSmart.Reporting.Data;
using ShopSmart.Reporting.Plots;

namespace ShopSmart.Reporting.Sections;

/// <summary>Segments: the choice of k, the cluster profiles and the RFM segments' weight.</summary>
public static partial class ModellingSection
{
    private static void Segments(SectionContext context, SectionWriter section)
    {
        if (!Begin(context, section, "segments", out _))
        {
            return;
        }

        var modelling = context.Data.Modelling;
        var silhouette = modelling.Curve("segments", "k_selection").Where(p => p.X is not null && p.Y is not null).ToList();
        if (silhouette.Count > 0)
        {
            var series = silhouette.GroupBy(p => p.Series).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select((g, i) => new ChartSeries(MetricName(context, g.Key), g.Select(p => p.X!.Value).ToList(), g.Select(p => p.Y!.Value).ToList(), ReportPalette.SeriesAt(i)))
                .ToList();
            section.Figure("model.segments.k", () => Charts.Lines(
                context.T("model.segments.k.title"), context.T("model.segments.k.x"), context.T("model.segments.k.y"), series,
                v => context.Count(v), v => context.Number(v, 2), integerX: true));
        }

        var chosen = modelling.Metrics.Where(m => m.Model == "segments" && m.Scope == "chosen").ToList();
        var clusters = modelling.Profiles.Where(p => p.Segmentation == "cluster").OrderByDescending(p => p.Customers).ToList();
        if (chosen.FirstOrDefault(m => m.Metric == "k")?.Value is { } k && chosen.FirstOrDefault(m => m.Metric == "silhouette")?.Value is { } score)
        {
            section.Paragraph("model.segments.chosen", new TextArgs { { "k", TextValue.Count(k) }, { "silhouette", TextValue.Decimal(score, 2) } });
        }

        if (clusters.Count > 0)
        {
            ProfileTable(context, section, "model.segments.clusters.caption", clusters, p => ClusterName.Translate(context.Texts, p.Name));
            var best = clusters.MaxBy(p => p.RevenueShare ?? 0)!;
            section.Paragraph("model.segments.clusters.observation", new TextArgs
            {
                { "name", TextValue.Of(ClusterName.Translate(context.Texts, best.Name)) },
                { "customer_share", TextValue.Percent(best.CustomerShare) },
                { "revenue_share", TextValue.Percent(best.RevenueShare ?? 0) },
            });
        }

        var rfm = modelling.Profiles.Where(p => p.Segmentation == "rfm").OrderBy(p => SegmentNames.Order(p.Name)).ToList();
        if (rfm.Count > 0)
        {
            var names = rfm.Select(p => context.Texts.Write(SegmentNames.Term(p.Name))).ToList();
            section.Figure("model.segments.rfm", () => Charts.GroupedColumns(
                context.T("model.segments.rfm.title"), string.Empty, context.T("model.segments.rfm.y"), names,
                [
                    new ChartSeries(context.T("model.segments.rfm.customers"), [], rfm.Select(p => p.CustomerShare).ToList(), ReportPalette.Muted),
                    new ChartSeries(context.T("model.segments.rfm.revenue"), [], rfm.Select(p => p.RevenueShare ?? 0).ToList(), ReportPalette.Primary),
                ],
                context.Percent0, slanted: true));
            ProfileTable(context, section, "model.segments.rfm.caption", rfm, p => context.Texts.Write(SegmentNames.Term(p.Name)));
        }
    }

    private static void ProfileTable(SectionContext context, SectionWriter section, string captionKey, IReadOnlyList<SegmentProfile> profiles, Func<SegmentProfile, string> name) =>
        section.Table(
            captionKey,
            [
                ("col.group", false), ("col.customers", true), ("col.customer_share", true), ("col.revenue_share", true), ("col.recency", true),
                ("col.orders", true), ("col.spend", true), ("col.p_buy", true), ("col.clv", true),
            ],
            profiles.Select(p => (IReadOnlyList<string>)
            [
                name(p), context.Count(p.Customers), context.Percent(p.CustomerShare), p.RevenueShare is { } r ? context.Percent(r) : "—",
                Maybe(p.RecencyDays, v => context.Count(v)), Maybe(p.Frequency, v => context.Number(v, 1)), Maybe(p.Monetary, v => context.Money(v, 0)),
                Maybe(p.PBuy, context.Percent), Maybe(p.Clv, v => context.Money(v, 0)),
            ]));

    private static string Maybe(double? value, Func<double, string> format) => value is { } v ? format(v) : "—";
}
