using ShopSmart.Core.Texts;
using ShopSmart.Reporting.Observations;
using ShopSmart.Reporting.Plots;

namespace ShopSmart.Reporting.Sections;

/// <summary>Histograms of quantity, unit price, order value and customer spend on log axes, with their skew.</summary>
public static partial class ExplorationSection
{
    private static readonly string[] Variables = ["quantity", "unit_price", "order_value", "customer_spend"];

    private static void Distributions(SectionContext context, SectionWriter section)
    {
        section.Heading("explore.dist.heading");
        section.Paragraph("explore.dist.intro");
        for (var v = 0; v < Variables.Length; v++)
        {
            var variable = Variables[v];
            var bins = context.Data.Distributions.Where(b => b.Variable == variable).Select(b => (b.Lower, b.Upper, b.Count)).ToList();
            if (BinnedStatistics.From(bins) is not { } stats)
            {
                continue;
            }

            var isMoney = variable != "quantity";
            var color = ReportPalette.SeriesAt(v); // taken now: the chart is drawn later, when v has moved on
            Func<double, string> value = isMoney ? context.MoneyCompact : context.Count;
            var name = context.T("variable." + variable);
            section.Figure("explore.dist.figure", () => Charts.LogHistogram(
                name, context.T("explore.dist.x." + variable), context.T(variable == "customer_spend" ? "axis.customers" : variable == "order_value" ? "axis.orders" : "axis.lines"),
                bins.Select(b => (b.Lower, b.Upper, (double)b.Count)).ToList(),
                isMoney ? AxisMoney(context) : context.Count, context.Count, color),
                new TextArgs { { "variable", TextValue.Of(name) } });
            var args = new TextArgs
            {
                { "variable", TextValue.Of(name) },
                { "count", TextValue.Count(stats.Count) },
                { "median", Value(isMoney, stats.Median) },
                { "mean", Value(isMoney, stats.Mean) },
                { "p90", Value(isMoney, stats.P90) },
                { "skew", TextValue.Decimal(stats.Skewness, 1) },
                { "log_skew", TextValue.Decimal(stats.LogSkewness, 1) },
            };
            section.Paragraph(stats.Skewness > 1 ? "explore.dist.skewed" : "explore.dist.moderate", args);
        }
    }

    private static TextValue Value(bool isMoney, double value) => isMoney ? TextValue.Money(value) : TextValue.Decimal(value, value < 10 ? 1 : 0);

    // Axis labels of powers of ten in pounds: £1, £10, £100, £1k…
    private static Func<double, string> AxisMoney(SectionContext context) => v => v < 1 ? context.Money(v, 2) : context.MoneyCompact(v);
}
