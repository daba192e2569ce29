using ShopSmart.Core.Insights;
using ShopSmart.Core.Texts;
using ShopSmart.Reporting.Observations;
using ShopSmart.Reporting.Plots;

namespace ShopSmart.Reporting.Sections;

/// <summary>Monthly revenue and customers, seasonality, and the weekday × hour heatmap.</summary>
public static partial class ExplorationSection
{
    private static void Time(SectionContext context, SectionWriter section)
    {
        var months = context.Data.Months;
        if (months.Count == 0)
        {
            return;
        }

        section.Heading("explore.time.heading");
        var labels = MonthLabels(context, months.Select(m => m.YearMonth).ToList());
        section.Figure("explore.time.monthly", () => Charts.BarsAndLine(
            context.T("explore.time.monthly.title"), string.Empty, labels,
            context.T("explore.time.monthly.bars"), months.Select(m => m.NetRevenue).ToList(), context.MoneyCompact,
            context.T("explore.time.monthly.line"), months.Select(m => (double)m.Customers).ToList(), context.Count,
            labelEvery: months.Count > 18 ? 2 : 1));

        // The last month is partial when the data stops before its end (CalendarMonths); it is left out of peaks and lows.
        var lastDay = context.Data.LastRevenueDay;
        var partial = lastDay is { } day && !CalendarMonths.EndsMonth(day)
            && months[^1].YearMonth == $"{day.Year:0000}-{day.Month:00}";
        var full = partial ? months.Take(months.Count - 1).ToList() : months.ToList();
        if (full.Count >= 2)
        {
            var peak = full.MaxBy(m => m.NetRevenue)!;
            var low = full.MinBy(m => m.NetRevenue)!;
            var median = Median(full.Select(m => m.NetRevenue));
            // Sales of guests only (files without customer ids) have no month of the most customers to name.
            var anyCustomers = full.Any(m => m.Customers > 0);
            section.Paragraph(anyCustomers ? "explore.time.monthly.observation" : "explore.time.monthly.observation.no_customers", new TextArgs
            {
                { "peak", TextValue.Month(peak.YearMonth) },
                { "peak_revenue", TextValue.Money(peak.NetRevenue) },
                { "ratio", TextValue.Decimal(median > 0 ? peak.NetRevenue / median : 0, 1) },
                { "low", TextValue.Month(low.YearMonth) },
                { "low_revenue", TextValue.Money(low.NetRevenue) },
                { "busiest", TextValue.Month(full.MaxBy(m => m.Customers)!.YearMonth) },
                { "customers", TextValue.Count(full.Max(m => m.Customers)) },
            });
        }

        if (partial)
        {
            section.Note("explore.time.partial", new TextArgs { { "month", TextValue.Month(months[^1].YearMonth) }, { "last_day", TextValue.Day(lastDay!.Value) } });
        }

        if (PeakWindow.Find(full.Select(m => m.NetRevenue).ToList(), 3) is { } window && full.Count >= 6)
        {
            // In the data's first month every customer is new by construction: it is not a month new customers chose.
            var newest = full.Where(m => m.YearMonth != months[0].YearMonth).MaxBy(m => m.NewCustomers)!;
            section.Paragraph("explore.time.season", new TextArgs
            {
                { "from", TextValue.Month(full[window.Start].YearMonth) },
                { "to", TextValue.Month(full[window.Start + window.Length - 1].YearMonth) },
                { "share", TextValue.Percent(window.Share) },
                { "expected", TextValue.Percent(3.0 / full.Count) },
                { "months", TextValue.Count(full.Count) },
                { "new_month", TextValue.Month(newest.YearMonth) },
                { "new_customers", TextValue.Count(newest.NewCustomers) },
            });
        }

        WeekdayHours(context, section);
    }

    private static void WeekdayHours(SectionContext context, SectionWriter section)
    {
        var cells = context.Data.WeekdayHours;
        if (cells.Count == 0)
        {
            return;
        }

        var total = cells.Sum(c => c.Revenue);
        var firstHour = cells.Min(c => c.Hour);
        var lastHour = cells.Max(c => c.Hour);
        var hours = Enumerable.Range(firstHour, lastHour - firstHour + 1).ToList();
        var grid = new double[7, hours.Count];
        for (var d = 0; d < 7; d++)
        {
            for (var h = 0; h < hours.Count; h++)
            {
                var cell = cells.FirstOrDefault(c => c.IsoWeekday == d + 1 && c.Hour == hours[h]);
                grid[d, h] = cell is null || total <= 0 ? double.NaN : cell.Revenue / total;
            }
        }

        section.Figure("explore.time.weekday", () => Charts.Heatmap(
            context.T("explore.time.weekday.title"), context.T("explore.time.weekday.x"), string.Empty, grid,
            hours.Select(h => h.ToString("00", context.Culture.Format)).ToList(),
            Enumerable.Range(1, 7).Select(d => context.Culture.Weekday(d)).ToList(),
            Charts.Sequential, context.T("explore.time.weekday.scale"), context.Percent0, v => context.Culture.Percent(v, 1),
            height: 380));

        var days = cells.GroupBy(c => c.IsoWeekday).Select(g => (Day: g.Key, Revenue: g.Sum(c => c.Revenue))).ToList();
        var byHour = cells.GroupBy(c => c.Hour).Select(g => (Hour: g.Key, Revenue: g.Sum(c => c.Revenue))).ToList();
        var bestDay = days.MaxBy(d => d.Revenue);
        var bestHour = byHour.MaxBy(h => h.Revenue);
        var closed = Enumerable.Range(1, 7).Where(d => days.All(x => x.Day != d)).Select(d => context.Culture.Weekday(d)).ToList();
        var args = new TextArgs
        {
            { "day", TextValue.Of(context.Culture.Weekday(bestDay.Day)) },
            { "day_share", TextValue.Percent(bestDay.Revenue / total) },
            { "hour", TextValue.Of(bestHour.Hour.ToString(context.Culture.Format)) },
            { "hour_share", TextValue.Percent(bestHour.Revenue / total) },
            { "first", TextValue.Of(firstHour.ToString(context.Culture.Format)) },
            { "last", TextValue.Of(lastHour.ToString(context.Culture.Format)) },
            { "closed", TextValue.Of(context.Culture.List(closed)) },
        };
        section.Paragraph(closed.Count > 0 ? "explore.time.weekday.observation_closed" : "explore.time.weekday.observation", args);
    }

    /// <summary>Short month names, with the year under the first month and under each January.</summary>
    private static List<string> MonthLabels(SectionContext context, IReadOnlyList<string> yearMonths) =>
        yearMonths.Select((m, i) =>
        {
            var (year, month) = TextCulture.ParseYearMonth(m);
            var name = context.Culture.Format.DateTimeFormat.GetAbbreviatedMonthName(month);
            return i == 0 || month == 1 ? $"{name}\n{year}" : name;
        }).ToList();

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
