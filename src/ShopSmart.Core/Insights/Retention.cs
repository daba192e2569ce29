namespace ShopSmart.Core.Insights;

/// <summary>Repeat-purchase rates from the cohort triangle.</summary>
public static class Retention
{
    /// <summary>
    /// Share of customers who buy again in the month after their first purchase: Σ active at month 1 / Σ cohort size,
    /// over the cohorts whose month 1 lies inside the data (the latest cohort's has not happened yet). A cohort absent
    /// at month 1 had no buyer then and counts as 0. Null when no cohort qualifies.
    /// </summary>
    public static double? MonthOne(IReadOnlyCollection<CohortCell> cells) => After(cells, 1);

    /// <summary>As <see cref="MonthOne"/>, for any month offset ≥ 1.</summary>
    public static double? After(IReadOnlyCollection<CohortCell> cells, int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        if (cells.Count == 0)
        {
            return null;
        }

        var lastMonth = cells.Max(c => MonthNumber(c.CohortMonth) + c.MonthsSinceFirstPurchase);
        var cohorts = cells
            .GroupBy(c => c.CohortMonth)
            .Where(g => MonthNumber(g.Key) + months <= lastMonth)
            .Select(g => (Size: g.First().CohortSize, Active: g.Where(c => c.MonthsSinceFirstPurchase == months).Sum(c => c.ActiveCustomers)))
            .ToList();
        var size = cohorts.Sum(c => c.Size);
        return size == 0 ? null : (double)cohorts.Sum(c => c.Active) / size;
    }

    /// <summary>
    /// Whether a cohort cell's calendar month (cohort month + offset) is a full month of data
    /// (<see cref="CalendarMonths"/>): a cell of the month the data is cut short in would read as customers who did not
    /// come back, so the triangle, its averages and the recommendations leave it out.
    /// </summary>
    public static bool InCompleteMonth(string cohortMonth, int monthsSinceFirstPurchase, DateOnly lastDay)
    {
        var lastFull = CalendarMonths.LastFullMonth(lastDay);
        return MonthNumber(cohortMonth) + monthsSinceFirstPurchase <= (lastFull.Year * 12) + lastFull.Month - 1;
    }

    private static int MonthNumber(string yearMonth)
    {
        var (year, month) = Texts.TextCulture.ParseYearMonth(yearMonth);
        return (year * 12) + month - 1;
    }
}
