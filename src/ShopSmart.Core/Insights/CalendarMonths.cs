namespace ShopSmart.Core.Insights;

/// <summary>
/// When a month counts as full: the data reaches its last day. The month the data stops in before its end is cut
/// short — its sales, its new customers and its returning ones would all read low — so every figure by month (the
/// workbook's periods, the report's peaks, the cohort triangle) leaves it out. One rule, for all of them.
/// </summary>
public static class CalendarMonths
{
    /// <summary>Whether <paramref name="lastDay"/>, the data's last day, is the last day of its month.</summary>
    public static bool EndsMonth(DateOnly lastDay) => lastDay.AddDays(1).Day == 1;

    /// <summary>The first day of the last full month of data ending on <paramref name="lastDay"/>.</summary>
    public static DateOnly LastFullMonth(DateOnly lastDay)
    {
        var monthStart = new DateOnly(lastDay.Year, lastDay.Month, 1);
        return EndsMonth(lastDay) ? monthStart : monthStart.AddMonths(-1);
    }
}
