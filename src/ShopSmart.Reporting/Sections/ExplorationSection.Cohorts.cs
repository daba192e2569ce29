using ShopSmart.Core.Insights;
using ShopSmart.Core.Texts;
using ShopSmart.Reporting.Data;
using ShopSmart.Reporting.Plots;

namespace ShopSmart.Reporting.Sections;

/// <summary>The retention triangle of monthly cohorts, and the anomalies found.</summary>
public static partial class ExplorationSection
{
    private const int AnomalyRows = 5;

    private static void Cohorts(SectionContext context, SectionWriter section)
    {
        var cells = context.Data.Cohorts;
        if (cells.Count == 0)
        {
            return;
        }

        var cohorts = cells.GroupBy(c => c.CohortMonth).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var lastMonth = cohorts.Max(g => MonthIndex(g.Key) + g.Max(c => c.MonthsSinceFirstPurchase));
        var maxOffset = cells.Max(c => c.MonthsSinceFirstPurchase);

        // The latest cohort has no month after its first yet: it would be an empty row. With no cohort observed
        // beyond its first month there is nothing to show, not even the heading.
        cohorts = cohorts.Where(g => MonthIndex(g.Key) < lastMonth).ToList();
        if (maxOffset < 1 || cohorts.Count == 0)
        {
            return;
        }

        section.Heading("explore.cohorts.heading");
        {
            var grid = new double[cohorts.Count, maxOffset];
            for (var r = 0; r < cohorts.Count; r++)
            {
                for (var offset = 1; offset <= maxOffset; offset++)
                {
                    var cell = cohorts[r].FirstOrDefault(c => c.MonthsSinceFirstPurchase == offset);
                    var observable = MonthIndex(cohorts[r].Key) + offset <= lastMonth;
                    grid[r, offset - 1] = !observable ? double.NaN : cell is null ? 0 : (double)cell.ActiveCustomers / cell.CohortSize;
                }
            }

            section.Figure("explore.cohorts.heatmap", () => Charts.Heatmap(
                context.T("explore.cohorts.heatmap.title"), context.T("explore.cohorts.heatmap.x"), string.Empty, grid,
                Enumerable.Range(1, maxOffset).Select(o => o.ToString(context.Culture.Format)).ToList(),
                cohorts.Select(g => context.T("explore.cohorts.row", new TextArgs
                {
                    { "month", TextValue.Month(g.Key) }, { "size", TextValue.Count(g.First().CohortSize) },
                })).ToList(),
                Charts.Sequential, context.T("explore.cohorts.heatmap.scale"), context.Percent0, context.Percent0,
                height: Math.Max(320, 110 + (30 * cohorts.Count))));
        }

        var args = new TextArgs { { "cohorts", TextValue.Count(cohorts.Count) } };
        if (Retention.MonthOne(cells) is { } one && cohorts.Count > 0)
        {
            args.Add("month_one", TextValue.Percent(one));
            args.Add("month_three", TextValue.Percent(Retention.After(cells, 3) ?? 0));
            var first = cohorts[0];
            var firstLast = first.MaxBy(c => c.MonthsSinceFirstPurchase)!;
            args.Add("first", TextValue.Month(first.Key));
            args.Add("first_size", TextValue.Count(firstLast.CohortSize));
            args.Add("first_offset", TextValue.Count(firstLast.MonthsSinceFirstPurchase));
            args.Add("first_retention", TextValue.Percent((double)firstLast.ActiveCustomers / firstLast.CohortSize));
            section.Paragraph("explore.cohorts.observation", args);
        }
    }

    private static void Anomalies(SectionContext context, SectionWriter section)
    {
        var anomalies = context.Data.Anomalies;
        section.Heading("explore.anomalies.heading");
        if (anomalies.Count == 0)
        {
            section.Paragraph("explore.anomalies.none");
            return;
        }

        var count = (string type) => anomalies.Count(a => a.Type == type);
        section.Paragraph("explore.anomalies.observation", new TextArgs
        {
            { "quantity", TextValue.Count(count("quantity")) },
            { "unit_price", TextValue.Count(count("unit_price")) },
            { "days", TextValue.Count(count("daily_revenue")) },
        });

        var days = anomalies.Where(a => a.Type == "daily_revenue").OrderByDescending(a => Math.Abs(a.RobustZ)).Take(AnomalyRows).ToList();
        if (days.Count > 0)
        {
            section.Table(
                "explore.anomalies.days.caption",
                [("col.date", false), ("col.revenue", true), ("col.median_day", true), ("col.robust_z", true)],
                days.Select(a => (IReadOnlyList<string>)[context.Culture.Date(DateOf(a)), context.Money(a.Observed), context.Money(a.Median), context.Number(a.RobustZ, 1)]));
        }

        var lines = anomalies.Where(a => a.Type == "quantity").OrderByDescending(a => Math.Abs(a.RobustZ)).Take(AnomalyRows).ToList();
        if (lines.Count > 0)
        {
            section.Table(
                "explore.anomalies.lines.caption",
                [("col.date", false), ("col.invoice", false), ("col.stock_code", false), ("col.quantity", true), ("col.median_quantity", true), ("col.robust_z", true)],
                lines.Select(a => (IReadOnlyList<string>)
                [
                    context.Culture.Date(DateOf(a)), a.InvoiceNo ?? "—", a.StockCode ?? "—", context.Count(a.Observed), context.Count(a.Median), context.Number(a.RobustZ, 1),
                ]));
        }

        section.Note("explore.anomalies.note");
    }

    private static DateOnly DateOf(Anomaly anomaly) => new(anomaly.DateKey / 10000, anomaly.DateKey / 100 % 100, anomaly.DateKey % 100);

    private static int MonthIndex(string yearMonth)
    {
        var (year, month) = TextCulture.ParseYearMonth(yearMonth);
        return (year * 12) + month - 1;
    }
}
