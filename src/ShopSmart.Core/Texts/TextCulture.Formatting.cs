using System.Globalization;

namespace ShopSmart.Core.Texts;

/// <summary>Numbers, money, shares and dates written the way the culture writes them.</summary>
public sealed partial class TextCulture
{
    private bool CurrencyFirst => Language == "en";

    private string PercentSuffix => Language == "en" ? "%" : NarrowNoBreakSpace + "%";

    /// <summary>A whole count with thousands separators: 12,345 / 12 345.</summary>
    public string Count(double value) => Round(value, 0).ToString("N0", Format);

    /// <summary>A number with a fixed count of decimals: 0.82 / 0,82.</summary>
    public string Number(double value, int decimals = 2) => Round(value, decimals).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Format);

    /// <summary>
    /// Pounds: whole pounds from £100 up, pence below (a unit price of £2.55 matters, the pence of £18,432 do not),
    /// unless <paramref name="decimals"/> says otherwise. £1,234 / 1 234 £.
    /// </summary>
    public string Money(double value, int? decimals = null)
    {
        var places = decimals ?? (Math.Abs(value) < 100 ? 2 : 0);
        return WithPound(value, Round(Math.Abs(value), places).ToString("N" + places.ToString(CultureInfo.InvariantCulture), Format), string.Empty);
    }

    /// <summary>Pounds in short form for headlines: £184k, £1.2m / 184 k£, 1,2 M£; below a thousand as <see cref="Money"/>.</summary>
    public string MoneyCompact(double value)
    {
        var size = Math.Abs(value);
        if (size < 1_000)
        {
            return Money(value, 0);
        }

        var (scaled, unit) = size >= 999_500 ? (size / 1_000_000, Language == "en" ? "m" : "M") : (size / 1_000, "k");
        // One decimal below 10 (£1.2m), none from 10 up or when it is zero (£1k, not £1.0k).
        var places = scaled < 9.95 && Round(scaled, 1) != Round(scaled, 0) ? 1 : 0;
        return WithPound(value, Round(scaled, places).ToString("N" + places.ToString(CultureInfo.InvariantCulture), Format), unit);
    }

    /// <summary>A fraction as a percentage: 0.123 → 12.3% / 12,3 %.</summary>
    public string Percent(double fraction, int decimals = 1) => Number(fraction * 100, decimals) + PercentSuffix;

    /// <summary>A signed change as a percentage: +12.3% / −4,0 %.</summary>
    public string SignedPercent(double fraction, int decimals = 1) => (fraction >= 0 ? "+" : Minus) + Percent(Math.Abs(fraction), decimals);

    /// <summary>10 Dec 2011 / 10 déc. 2011; long: 10 December 2011 / 10 décembre 2011; French writes the first "1er".</summary>
    public string Date(DateOnly date, bool longForm = false)
    {
        var day = date.Day == 1 && Language == "fr" ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture);
        return day + date.ToString(longForm ? " MMMM yyyy" : " MMM yyyy", Format);
    }

    /// <summary>Items in running text: "a, b and c" / "a, b et c"; one item alone, none empty.</summary>
    public string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + (Language == "fr" ? " et " : " and ") + items[^1],
    };

    /// <summary>Dec 2010 / déc. 2010; long: December 2010 / décembre 2010.</summary>
    public string Month(int year, int month, bool longForm = false) =>
        new DateOnly(year, month, 1).ToString(longForm ? "MMMM yyyy" : "MMM yyyy", Format);

    /// <summary>A <c>yyyy-MM</c> month key (as the views return it) in words.</summary>
    public string Month(string yearMonth, bool longForm = false)
    {
        var (year, month) = ParseYearMonth(yearMonth);
        return Month(year, month, longForm);
    }

    /// <summary>The name of an ISO weekday, 1 = Monday … 7 = Sunday.</summary>
    public string Weekday(int isoWeekday, bool shortForm = false)
    {
        if (isoWeekday is < 1 or > 7)
        {
            throw new ArgumentOutOfRangeException(nameof(isoWeekday), isoWeekday, "An ISO weekday is 1 (Monday) to 7 (Sunday).");
        }

        var day = (DayOfWeek)(isoWeekday % 7);
        return shortForm ? Format.DateTimeFormat.GetAbbreviatedDayName(day) : Format.DateTimeFormat.GetDayName(day);
    }

    /// <summary>Reads a <c>yyyy-MM</c> month key.</summary>
    public static (int Year, int Month) ParseYearMonth(string yearMonth)
    {
        if (yearMonth.Length == 7 && yearMonth[4] == '-'
            && int.TryParse(yearMonth.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(yearMonth.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && month is >= 1 and <= 12)
        {
            return (year, month);
        }

        throw new FormatException($"'{yearMonth}' is not a yyyy-MM month.");
    }

    // Halves round away from zero, as people and spreadsheets do (.NET's formatting would round 1234.5 to 1234).
    private static double Round(double value, int places) => Math.Round(value, places, MidpointRounding.AwayFromZero);

    private string WithPound(double value, string digits, string unit)
    {
        var sign = value < 0 ? Minus : string.Empty;
        return CurrencyFirst ? $"{sign}{Pound}{digits}{unit}" : $"{sign}{digits}{NoBreakSpace}{unit}{Pound}";
    }
}
