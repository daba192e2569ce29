using System.Globalization;

namespace ShopSmart.Etl.Sources;

/// <summary>Parsing rules for the text forms of Online Retail values, as the published CSV exports write them.</summary>
public static class FieldParsers
{
    // The UCI CSV writes month/day/year with a 24-hour clock (12/1/2010 8:26); other exports write ISO dates.
    private static readonly string[] DateFormats =
    [
        "M/d/yyyy H:mm", "M/d/yyyy H:mm:ss", "M/d/yyyy",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd H:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd H:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd",
    ];

    /// <summary>A whole number, optionally written with a zero fraction (6 or 6.0).</summary>
    public static bool TryParseQuantity(ReadOnlySpan<char> text, out int quantity)
    {
        text = text.Trim();
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out quantity))
        {
            return true;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue)
        {
            quantity = (int)value;
            return true;
        }

        quantity = 0;
        return false;
    }

    /// <summary>A price with a decimal point (never a comma), rounded to the warehouse's 4 decimal places.</summary>
    public static bool TryParsePrice(ReadOnlySpan<char> text, out decimal price)
    {
        if (decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out price)
            && Math.Abs(price) < 100_000_000_000_000m)
        {
            price = RoundPrice(price);
            return true;
        }

        price = 0;
        return false;
    }

    public static decimal RoundPrice(decimal price) => Math.Round(price, 4, MidpointRounding.AwayFromZero);

    public static bool TryParseDate(ReadOnlySpan<char> text, out DateTime value) =>
        DateTime.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value)
        && value.Year is >= 1990 and <= 2100;

    /// <summary>An Excel serial date-time, rounded to the second (serials carry floating-point noise).</summary>
    public static bool TryFromExcelSerial(double serial, out DateTime value)
    {
        value = default;
        if (double.IsNaN(serial) || serial < 32874 || serial > 73051)
        {
            return false; // outside 1990..2100
        }

        var raw = DateTime.FromOADate(serial);
        value = new DateTime(raw.Ticks - (raw.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Unspecified);
        if (raw.Ticks % TimeSpan.TicksPerSecond >= TimeSpan.TicksPerSecond / 2)
        {
            value = value.AddSeconds(1);
        }

        return true;
    }

    /// <summary>
    /// Text kept exactly as the source wrote it (stock codes, descriptions: their spacing and case are counted by
    /// the cleaning rules), or null when it is blank.
    /// </summary>
    public static string? AsWritten(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>Trimmed text, or null when empty. Source text keeps its inner spacing.</summary>
    public static string? CleanText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) ? text.Trim() : text;
    }

    /// <summary>
    /// An identifier (invoice, stock code, customer) as text: trimmed, and without the ".0" that spreadsheet
    /// round-trips add to numeric ids (17850.0 → 17850).
    /// </summary>
    public static string? NormaliseIdentifier(string? text)
    {
        var clean = CleanText(text);
        if (clean is null)
        {
            return null;
        }

        var dot = clean.IndexOf('.');
        if (dot > 0 && clean.AsSpan(dot + 1).TrimEnd('0').IsEmpty && IsDigits(clean.AsSpan(0, dot)))
        {
            return clean[..dot];
        }

        return clean;
    }

    /// <summary>A number read from a spreadsheet cell, as the identifier text it stands for (536365.0 → 536365).</summary>
    public static string NumberAsIdentifier(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return !text.IsEmpty;
    }
}
