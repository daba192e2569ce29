namespace ShopSmart.Etl.Sources;

/// <summary>
/// What one written value says about a file's decimal mark or date order: nothing, one way, or either way (a value
/// that would read differently in each). Pure functions, used by <see cref="CsvDialectDetector"/>.
/// </summary>
public static class DialectEvidence
{
    public enum Vote
    {
        None,
        First,
        Second,
        Either,
    }

    /// <summary>
    /// A number's decimal mark: First = point (2.55, 1,234.56), Second = comma (1,85, 1.234,56), Either = a single
    /// separator followed by exactly three digits (1.234 or 1,234: a fraction, or thousands), None = no separator. A
    /// currency sign or accounting parentheses around the number (£1,234, 2,55 €) say nothing.
    /// </summary>
    public static Vote DecimalMark(ReadOnlySpan<char> text)
    {
        text = DisplayedNumber.Inner(text, out _, out _, out _);
        var point = text.LastIndexOf('.');
        var comma = text.LastIndexOf(',');
        if (point < 0 && comma < 0)
        {
            return Vote.None;
        }

        if (point >= 0 && comma >= 0)
        {
            return point > comma ? Vote.First : Vote.Second;
        }

        var at = Math.Max(point, comma);
        var separator = text[at];
        if (text.Count(separator) > 1)
        {
            return separator == '.' ? Vote.Second : Vote.First; // 1.234.567 groups thousands: the mark is the other one
        }

        var before = text[..at].TrimStart("+-");
        var after = text[(at + 1)..];
        if (after.Length == 3 && FieldParsers.CouldBeFirstGroup(before))
        {
            return Vote.Either;
        }

        return separator == '.' ? Vote.First : Vote.Second;
    }

    /// <summary>
    /// A date's order, its year written in four digits or two: First = month first (12/13/2010, 12/13/10), Second = day
    /// first (13/12/2010, or any dotted date such as 01.12.2010), Either = both readings valid and different
    /// (01/12/2010), None = ISO, unparseable or day = month.
    /// </summary>
    public static Vote DateOrder(ReadOnlySpan<char> text, out int first, out int second)
    {
        if (!TryDateNumbers(text, out first, out second, out _, out _, out var separator))
        {
            return Vote.None; // ISO (year first) or not a date
        }

        if (separator == '.')
        {
            return Vote.Second;
        }

        return (first, second) switch
        {
            ( > 12 and <= 31, >= 1 and <= 12) => Vote.Second,
            ( >= 1 and <= 12, > 12 and <= 31) => Vote.First,
            ( >= 1 and <= 12, >= 1 and <= 12) when first != second => Vote.Either,
            _ => Vote.None,
        };
    }

    /// <summary>
    /// The date of a date-time, before its time: up to a space, ISO's T, or the comma Apple Numbers writes
    /// (12/1/10, 8:26 AM); without a text mark written into it ('01/12/2010, as the date is read).
    /// </summary>
    internal static ReadOnlySpan<char> DatePart(ReadOnlySpan<char> text)
    {
        text = FieldParsers.WithoutTextMark(text.Trim());
        var end = text.IndexOfAny(' ', 'T', ',');
        return end >= 0 ? text[..end] : text;
    }

    /// <summary>
    /// The numbers of a date written day or month first (13/12/2010, 12/13/10, 01.12.2010, 12-13-2010), before its time:
    /// the first two, and the year as written (four digits, or two: <paramref name="twoDigitYear"/>), or false for ISO
    /// (year first), anything else, or a two-digit year after dashes.
    /// </summary>
    internal static bool TryDateNumbers(
        ReadOnlySpan<char> text, out int first, out int second, out int year, out bool twoDigitYear, out char separator)
    {
        first = second = year = 0;
        var date = DatePart(text);
        separator = date.IndexOfAny('/', '.', '-') is var at and >= 0 ? date[at] : '\0';
        Span<Range> parts = stackalloc Range[4];
        var split = separator != '\0' ? date.Split(parts, separator) : 0;
        twoDigitYear = split == 3 && date[parts[2]].Length == 2;
        return split == 3
            && int.TryParse(date[parts[0]], out first) && int.TryParse(date[parts[1]], out second)
            && date[parts[0]].Length <= 2 && IsYear(date[parts[2]], separator)
            && int.TryParse(date[parts[2]], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year);
    }

    /// <summary>A date's last part as a year: four digits, or two after a slash or a point (12/01/10, 01.12.10).</summary>
    private static bool IsYear(ReadOnlySpan<char> part, char separator) =>
        (part.Length == 4 || (part.Length == 2 && separator != '-')) && !part.ContainsAnyExceptInRange('0', '9');
}
