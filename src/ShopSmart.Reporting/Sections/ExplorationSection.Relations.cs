using ShopSmart.Core.Insights;
using ShopSmart.Core.Texts;
using ShopSmart.Reporting.Observations;
using ShopSmart.Reporting.Plots;

namespace ShopSmart.Reporting.Sections;

/// <summary>Frequency against spend by segment (log-log) and the correlation heatmap of customer features.</summary>
public static partial class ExplorationSection
{
    private static readonly string[] Features = ["recency_days", "frequency", "monetary", "tenure_days", "avg_basket", "distinct_products", "return_rate"];

    private static void Relations(SectionContext context, SectionWriter section)
    {
        var customers = context.Data.Customers;
        if (customers.Count == 0)
        {
            return;
        }

        section.Heading("explore.rel.heading");
        var positive = customers.Where(c => c.Monetary > 0 && c.Frequency > 0).ToList();
        var groups = positive.GroupBy(c => c.Segment).OrderBy(g => SegmentNames.Order(g.Key))
            .Select(g => new ChartSeries(
                context.Texts.Write(SegmentNames.Term(g.Key)),
                g.Select(c => (double)c.Frequency).ToList(),
                g.Select(c => c.Monetary).ToList(),
                ReportPalette.Segment(g.Key)))
            .ToList();
        section.Figure("explore.rel.scatter", () => Charts.LogLogScatter(
            context.T("explore.rel.scatter.title"), context.T("explore.rel.scatter.x"), context.T("explore.rel.scatter.y"), groups,
            context.Count, AxisMoney(context), jitter: 0.04));

        var pair = Correlation(context, "frequency", "monetary");
        var args = new TextArgs
        {
            { "customers", TextValue.Count(positive.Count) },
            { "left_out", TextValue.Count(customers.Count - positive.Count) },
        };
        if (pair is { } rho)
        {
            args.Add("rho", TextValue.Decimal(rho, 2));
            args.Add("strength", TextValue.Term(Strength.TermOf(rho)));
            section.Paragraph("explore.rel.scatter.observation", args);
        }

        // The data section counts every identified customer; those with returns or adjustments but no sale have no
        // RFM row, so the reader is told where the difference went.
        var identified = context.Data.Columns.FirstOrDefault(c => c.Name == "customer_id")?.Distinct ?? 0;
        if (identified > customers.Count)
        {
            section.Paragraph("explore.rel.scatter.no_sale", new TextArgs { { "customers", TextValue.Count(identified - customers.Count) } });
        }

        var matrix = new double[Features.Length, Features.Length];
        var any = false;
        for (var i = 0; i < Features.Length; i++)
        {
            for (var j = 0; j < Features.Length; j++)
            {
                var r = Correlation(context, Features[i], Features[j]);
                matrix[i, j] = r ?? double.NaN;
                any |= r is not null;
            }
        }

        if (!any)
        {
            return;
        }

        var labels = Features.Select(f => context.T("feature." + f)).ToList();
        var columns = labels.Select(l => l.Replace(' ', '\n')).ToList(); // two-word names on two lines, so they fit a column
        section.Figure("explore.rel.heatmap", () => Charts.Heatmap(
            context.T("explore.rel.heatmap.title"), string.Empty, string.Empty, matrix, columns, labels,
            new ScottPlot.Colormaps.Balance(), context.T("explore.rel.heatmap.scale"), v => context.Number(v, 1), v => context.Number(v, 2),
            (-1, 1), width: 760, height: 560));

        var pairs = Features.SelectMany((x, i) => Features.Skip(i + 1).Select(y => (X: x, Y: y, R: Correlation(context, x, y))))
            .Where(p => p.R is not null).Select(p => (p.X, p.Y, R: p.R!.Value)).ToList();
        if (pairs.Count > 0)
        {
            var strongest = pairs.OrderByDescending(p => Math.Abs(p.R)).First();
            var weakest = pairs.OrderBy(p => Math.Abs(p.R)).First();
            section.Paragraph("explore.rel.heatmap.observation", new TextArgs
            {
                { "strong_x", TextValue.Term("feature." + strongest.X) },
                { "strong_y", TextValue.Term("feature." + strongest.Y) },
                { "strong_r", TextValue.Decimal(strongest.R, 2) },
                { "weak_x", TextValue.Term("feature." + weakest.X) },
                { "weak_y", TextValue.Term("feature." + weakest.Y) },
                { "weak_r", TextValue.Decimal(weakest.R, 2) },
            });
        }
    }

    private static double? Correlation(SectionContext context, string x, string y) =>
        context.Data.Correlations.FirstOrDefault(c => c.FeatureX == x && c.FeatureY == y)?.Spearman;
}
