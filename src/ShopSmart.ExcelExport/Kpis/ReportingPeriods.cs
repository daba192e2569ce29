namespace ShopSmart.ExcelExport.Kpis;

/// <summary>
/// The periods the Overview compares: the last full calendar month of the data and the month before it, the 12
/// full months ending with that month and the 12 before them. A month is full when the data reaches its last day,
/// so a file ending on 9 December reports November.
/// </summary>
public sealed record ReportingPeriods(Period LastMonth, Period MonthBefore, Period LastYear, Period YearBefore)
{
    public static ReportingPeriods From(DateOnly lastDayWithData)
    {
        var lastMonthStart = Core.Insights.CalendarMonths.LastFullMonth(lastDayWithData);
        var end = lastMonthStart.AddMonths(1);
        return new ReportingPeriods(
            new Period(lastMonthStart, end),
            new Period(lastMonthStart.AddMonths(-1), lastMonthStart),
            new Period(end.AddMonths(-12), end),
            new Period(end.AddMonths(-24), end.AddMonths(-12)));
    }
}
