using System.Globalization;

namespace ShopSmart.Etl.Calendar;

/// <summary>One dw.dim_date row: the calendar attributes of a day, keyed yyyymmdd.</summary>
public sealed record DateRow(
    int DateKey,
    DateOnly FullDate,
    int CalendarYear,
    int CalendarQuarter,
    int MonthNumber,
    string MonthName,
    string YearMonth,
    int IsoYear,
    int IsoWeek,
    int DayOfMonth,
    int DayOfWeek,
    string DayName,
    bool IsWeekend,
    bool IsUkHoliday)
{
    public static int KeyOf(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    public static DateRow For(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        var isoDayOfWeek = date.DayOfWeek == System.DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;
        return new DateRow(
            KeyOf(date),
            date,
            date.Year,
            ((date.Month - 1) / 3) + 1,
            date.Month,
            CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month),
            date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            ISOWeek.GetYear(dateTime),
            ISOWeek.GetWeekOfYear(dateTime),
            date.Day,
            isoDayOfWeek,
            CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(date.DayOfWeek),
            isoDayOfWeek >= 6,
            UkBankHolidays.IsHoliday(date));
    }

    /// <summary>Every day of the whole calendar years that contain <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static IEnumerable<DateRow> FullYears(DateOnly first, DateOnly last)
    {
        for (var day = new DateOnly(first.Year, 1, 1); day <= new DateOnly(last.Year, 12, 31); day = day.AddDays(1))
        {
            yield return For(day);
        }
    }
}
