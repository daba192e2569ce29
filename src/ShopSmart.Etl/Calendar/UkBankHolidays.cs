namespace ShopSmart.Etl.Calendar;

/// <summary>
/// Bank holidays in England and Wales (the retailer is UK-based): the statutory rules with weekend substitution,
/// plus the one-off and moved holidays proclaimed since 1995.
/// </summary>
public static class UkBankHolidays
{
    private static readonly HashSet<DateOnly> Proclaimed =
    [
        new(1999, 12, 31), new(2002, 6, 3), new(2002, 6, 4), new(2011, 4, 29), new(2012, 6, 5),
        new(2022, 6, 3), new(2022, 9, 19), new(2023, 5, 8),
    ];

    // Years whose statutory May holidays were moved (the replacement is in Proclaimed or listed here).
    private static readonly Dictionary<int, DateOnly> MovedEarlyMay = new() { [1995] = new(1995, 5, 8), [2020] = new(2020, 5, 8) };
    private static readonly HashSet<int> MovedSpring = [2002, 2012, 2022];
    private static readonly Dictionary<int, DateOnly> MovedSpringTo = new() { [2012] = new(2012, 6, 4) };

    public static bool IsHoliday(DateOnly date) => Proclaimed.Contains(date) || ForYear(date.Year).Contains(date);

    public static IReadOnlySet<DateOnly> ForYear(int year)
    {
        var easter = EasterSunday(year);
        var days = new HashSet<DateOnly>
        {
            Substitute(new DateOnly(year, 1, 1)),
            easter.AddDays(-2),
            easter.AddDays(1),
            MovedEarlyMay.TryGetValue(year, out var earlyMay) ? earlyMay : FirstMonday(year, 5),
            LastMonday(year, 8),
        };
        if (MovedSpringTo.TryGetValue(year, out var spring))
        {
            days.Add(spring);
        }
        else if (!MovedSpring.Contains(year))
        {
            days.Add(LastMonday(year, 5));
        }

        // Christmas and Boxing Day move to the next weekdays when they fall on a weekend.
        var christmas = new DateOnly(year, 12, 25);
        var boxing = new DateOnly(year, 12, 26);
        switch (christmas.DayOfWeek)
        {
            case DayOfWeek.Friday:
                days.Add(christmas);
                days.Add(boxing.AddDays(2));
                break;
            case DayOfWeek.Saturday:
                days.Add(christmas.AddDays(2));
                days.Add(boxing.AddDays(2));
                break;
            case DayOfWeek.Sunday:
                days.Add(christmas.AddDays(2));
                days.Add(boxing);
                break;
            default:
                days.Add(christmas);
                days.Add(boxing);
                break;
        }

        return days;
    }

    /// <summary>Western Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly Substitute(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };

    private static DateOnly FirstMonday(int year, int month)
    {
        var day = new DateOnly(year, month, 1);
        while (day.DayOfWeek != DayOfWeek.Monday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (day.DayOfWeek != DayOfWeek.Monday)
        {
            day = day.AddDays(-1);
        }

        return day;
    }
}
