using System.Globalization;

namespace ShopSmart.Etl.Sources;

/// <summary>Parsing rules for the text forms of Online Retail values, as the published CSV exports write them.</summary>
public static class FieldParsers
{
    // The UCI CSV writes month/day/year with a 24-hour clock (12/1/2010 8:26), US tools also with AM/PM or dashes;
    // European exports write day/month/year (01/12/2010 08:26, 01.12.2010 08:26, 01-12-2010 08:26); other exports
    // write ISO dates (SQL Server with milliseconds, JSON-style with a T), which every order accepts.
    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd H:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd H:mm", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-dd",
    ];

    // A month written as a word reads the same in either order (Excel's d-mmm-yy and dd-mmm-yyyy hh:mm formats, as a
    // CSV saved from a sheet so formatted holds them); English abbreviations, as Excel writes them in English.
    private static readonly string[] MonthNameFormats =
    [
        "d-MMM-yyyy H:mm", "d-MMM-yyyy H:mm:ss", "d-MMM-yyyy", "d-MMM-yy H:mm", "d-MMM-yy H:mm:ss", "d-MMM-yy",
        "d MMM yyyy H:mm", "d MMM yyyy H:mm:ss", "d MMM yyyy", "d-MMM-yyyy h:mm tt", "d-MMM-yy h:mm tt",
        "MMM d, yyyy h:mm:ss tt", "MMM d, yyyy h:mm tt", "MMM d, yyyy H:mm:ss", "MMM d, yyyy H:mm", "MMM d, yyyy", // Magento, US long dates
    ];

    /// <summary>
    /// The invariant culture with Excel's two-digit-year window (00–29 are 20xx, 30–99 19xx), for the two-digit years a
    /// sheet shows (01-Dec-10, 12/01/10): 01-Dec-45 is 1945, out of range, not 2045.
    /// </summary>
    private static readonly CultureInfo DateCulture = ExcelYearWindow();

    private static CultureInfo ExcelYearWindow()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.DateTimeFormat.Calendar.TwoDigitYearMax = 2029;
        return culture;
    }

    /// <summary>A year as written, two digits read by Excel's window (10 is 2010, 45 is 1945).</summary>
    public static int FourDigitYear(int year) => DateCulture.Calendar.ToFourDigitYear(year);

    private static readonly string[] IsoOffsetFormats =
    [
        "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd HH:mm:ss.FFFFFFF zzz",
        "yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", "yyyy-MM-ddTHH:mmzzz", "yyyy-MM-dd HH:mmzzz", "yyyy-MM-dd HH:mm zzz",
        "yyyy-MM-ddTHH:mm:ss'Z'", "yyyy-MM-ddTHH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd HH:mm:ss'Z'", "yyyy-MM-ddTHH:mm'Z'", "yyyy-MM-dd HH:mm'Z'",
        "yyyy-MM-dd HH:mm:ss 'UTC'", "yyyy-MM-dd HH:mm:ss.FFFFFFF 'UTC'", // BigQuery's TIMESTAMP
    ];

    // Seconds may carry a fraction in any form (8:26:00.000, as SQL tools and pandas write times). A two-digit year is
    // what LibreOffice shows by default (MM/DD/YY HH:MM; DD.MM.YY HH:MM in German) and so saves to a CSV "as shown";
    // Excel's window reads it (the culture below), after the four-digit forms the UCI files use. Not with dashes:
    // 10-12-01 is more likely year first (yy-MM-dd), which no order here reads (TwoDigitYears guards the others).
    private static readonly string[] MonthFirstFormats =
    [
        "M/d/yyyy H:mm", "M/d/yyyy H:mm:ss", "M/d/yyyy", "M/d/yyyy h:mm tt", "M/d/yyyy h:mm:ss tt", "M/d/yyyy H:mm:ss.FFFFFFF",
        "M-d-yyyy H:mm", "M-d-yyyy H:mm:ss", "M-d-yyyy", "M-d-yyyy H:mm:ss.FFFFFFF", .. IsoFormats, .. MonthNameFormats,
        "M/d/yy H:mm", "M/d/yy H:mm:ss", "M/d/yy", "M/d/yy h:mm tt", "M/d/yy h:mm:ss tt",
        "M/d/yy, h:mm tt", "M/d/yyyy, h:mm tt", "M/d/yy, H:mm", "M/d/yyyy, H:mm", // Apple Numbers
    ];

    private static readonly string[] DayFirstFormats =
    [
        "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss", "d/M/yyyy", "d.M.yyyy H:mm", "d.M.yyyy H:mm:ss", "d.M.yyyy",
        "d-M-yyyy H:mm", "d-M-yyyy H:mm:ss", "d-M-yyyy", "d/M/yyyy h:mm tt", "d/M/yyyy h:mm:ss tt",
        "d/M/yyyy H:mm:ss.FFFFFFF", "d.M.yyyy H:mm:ss.FFFFFFF", "d-M-yyyy H:mm:ss.FFFFFFF", .. IsoFormats, .. MonthNameFormats,
        "d/M/yy H:mm", "d/M/yy H:mm:ss", "d/M/yy", "d.M.yy H:mm", "d.M.yy H:mm:ss", "d.M.yy",
        "d/M/yy h:mm tt", "d/M/yy h:mm:ss tt", "d/M/yyyy, H:mm", "d/M/yy, H:mm", "d/M/yyyy, h:mm tt", "d/M/yy, h:mm tt",
    ];

    /// <summary>
    /// What groups thousands in a decimal-comma file: a point (German), a space, or a no-break space — the narrow one
    /// (U+202F) is what French Windows and .NET write today.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> GroupSeparators = System.Buffers.SearchValues.Create(". \u00A0\u202F");

    private static readonly System.Buffers.SearchValues<char> CommaFileMarks = System.Buffers.SearchValues.Create(",. \u00A0\u202F");

    /// <summary>What groups thousands in a decimal-point file: a comma only (1,234.56).</summary>
    private static readonly System.Buffers.SearchValues<char> CommaGroups = System.Buffers.SearchValues.Create(",");

    private const NumberStyles PlainWhole = NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    /// <summary>The years a sales date may fall in: anything else is a typing or export error (1900, 9999, 2-digit years).</summary>
    public const int FirstYear = 1990;

    public const int LastYear = 2100;

    private static readonly double FirstSerial = new DateTime(FirstYear, 1, 1).ToOADate();
    private static readonly double AfterLastSerial = new DateTime(LastYear + 1, 1, 1).ToOADate();

    /// <summary>A whole number, optionally written with a zero fraction (6 or 6.0).</summary>
    public static bool TryParseQuantity(ReadOnlySpan<char> text, out int quantity) => TryParseQuantity(text, DecimalMark.Point, out quantity);

    /// <summary>A quantity as <see cref="ReadQuantity(ReadOnlySpan{char}, DecimalMark, out int)"/> reads it.</summary>
    public static bool TryParseQuantity(ReadOnlySpan<char> text, DecimalMark mark, out int quantity) =>
        ReadQuantity(text, mark, out quantity) == NumberRead.Ok;

    /// <summary>
    /// A whole number, optionally with a zero fraction in the file's decimal mark (6, 6.0 or 6,0), its thousands grouped
    /// in threes as the file groups them (1,200; 1.200) and an accounting format's parentheses for a negative ((6)),
    /// inside ±<see cref="LineAssembler.QuantityLimit"/>; a whole number beyond it (3000000000, 1e12) is out of range, not text.
    /// </summary>
    public static NumberRead ReadQuantity(ReadOnlySpan<char> text, DecimalMark mark, out int quantity)
    {
        var read = ReadPlainQuantity(text, mark, out quantity);
        if (read != NumberRead.NotANumber)
        {
            return read;
        }

        // An accounting format's negative, (6), as a sheet so formatted shows a return; a quantity carries no currency.
        var inner = DisplayedNumber.Inner(text, out var wrapped, out var negative, out var currency);
        if (!wrapped || currency is not null)
        {
            return read;
        }

        read = ReadPlainQuantity(inner, mark, out quantity);
        quantity = negative ? -quantity : quantity;
        return read;
    }

    private static NumberRead ReadPlainQuantity(ReadOnlySpan<char> text, DecimalMark mark, out int quantity)
    {
        // Nearly every quantity is a plain whole number: read at once, in either decimal mark. (.NET skips trailing NULs,
        // which are damage here: such a text goes the long way and is refused there.)
        if (!text.IsEmpty && !EndsInNul(text) && int.TryParse(text, PlainWhole, CultureInfo.InvariantCulture, out var plain))
        {
            return AsQuantity(plain, out quantity);
        }

        quantity = 0;
        text = text.Trim();
        if (EndsInNul(text))
        {
            return NumberRead.NotANumber;
        }

        if (mark == DecimalMark.Comma && !text.ContainsAny(CommaFileMarks))
        {
            mark = DecimalMark.Point; // plain digits read the same either way
        }

        Span<char> buffer = stackalloc char[64];
        if (!TryInvariant(text, mark, whole: true, buffer, out var number))
        {
            return NumberRead.NotANumber;
        }

        if (int.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return AsQuantity(whole, out quantity);
        }

        if (decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value != decimal.Truncate(value) ? NumberRead.NotANumber
                : Math.Abs(value) > LineAssembler.QuantityLimit ? NumberRead.OutOfRange
                : AsQuantity((int)value, out quantity);
        }

        // Beyond even a decimal (1e40): a number still, too large for the warehouse.
        return IsHugeNumber(number)
            ? NumberRead.OutOfRange
            : NumberRead.NotANumber;
    }

    /// <summary>
    /// The text as an invariant number: a decimal-comma one rewritten (1.234,56 → 1234.56), a decimal-point one with its
    /// thousands' commas taken out (1,234.56 → 1234.56, as Excel writes a number formatted with a thousands separator),
    /// or the text itself; false when its separators are out of place (2,55 in a decimal-point file).
    /// </summary>
    /// <param name="whole">A quantity, which may be grouped without a fraction (1,200).</param>
    private static bool TryInvariant(ReadOnlySpan<char> text, DecimalMark mark, bool whole, Span<char> buffer, out ReadOnlySpan<char> number)
    {
        number = text;
        if (mark == DecimalMark.Point && !text.Contains(','))
        {
            return true;
        }

        var rewritten = mark == DecimalMark.Comma
            ? TryToInvariant(text, ',', GroupSeparators, whole, buffer, out var length)
            : TryToInvariant(text, '.', CommaGroups, whole, buffer, out length);
        number = rewritten ? buffer[..length] : default;
        return rewritten;
    }

    /// <summary>
    /// Digits too large even for a decimal (1e40, 1e400 — which a double reads as infinity), as opposed to words a
    /// double also reads (NaN, Infinity).
    /// </summary>
    private static bool IsHugeNumber(ReadOnlySpan<char> number) =>
        double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var huge)
        && !double.IsNaN(huge)
        && Math.Abs(huge) >= 1
        && number.ContainsAnyInRange('0', '9');

    /// <summary>A spreadsheet cell's number as a quantity: whole, inside ±<see cref="LineAssembler.QuantityLimit"/>.</summary>
    public static NumberRead ReadQuantity(double value, out int quantity)
    {
        quantity = 0;
        if (!double.IsFinite(value) || value != Math.Floor(value))
        {
            return double.IsInfinity(value) ? NumberRead.OutOfRange : NumberRead.NotANumber;
        }

        return Math.Abs(value) > LineAssembler.QuantityLimit ? NumberRead.OutOfRange : AsQuantity((int)value, out quantity);
    }

    /// <summary>
    /// .NET's number parsers skip NUL characters at the end ("6\0" reads as 6), where a NUL anywhere else makes the text
    /// no number: either way it is damage, and the line is quarantined like any other unreadable number.
    /// </summary>
    private static bool EndsInNul(ReadOnlySpan<char> text) => !text.IsEmpty && text[^1] == '\0';

    private static NumberRead AsQuantity(int value, out int quantity)
    {
        // int.MinValue has no positive counterpart: the rules that take a quantity's size would overflow on it.
        quantity = value == int.MinValue ? 0 : value;
        return value == int.MinValue ? NumberRead.OutOfRange : NumberRead.Ok;
    }

    /// <summary>A price in a decimal-point file, rounded to the warehouse's 4 decimal places (see <see cref="TryParsePrice(ReadOnlySpan{char}, DecimalMark, out decimal)"/>).</summary>
    public static bool TryParsePrice(ReadOnlySpan<char> text, out decimal price) => TryParsePrice(text, DecimalMark.Point, out price);

    /// <summary>
    /// A price in the file's decimal mark, rounded to the warehouse's 4 decimal places. With a decimal point the thousands
    /// may be grouped by commas in threes before a fraction (1,234.56), and a comma anywhere else makes it not a number
    /// (2,55 and 1,250 are not prices: never read as 255 or 1250). With a decimal comma (1,85) the thousands may be grouped
    /// by dots or spaces in threes before a fraction (1.234,56; 1 234,56), and a point anywhere else makes it not a number.
    /// </summary>
    public static bool TryParsePrice(ReadOnlySpan<char> text, DecimalMark mark, out decimal price) =>
        ReadPrice(text, mark, out price) == NumberRead.Ok;

    /// <summary>
    /// A price as <see cref="TryParsePrice(ReadOnlySpan{char}, DecimalMark, out decimal)"/> reads it, or why not: a
    /// well-formed number beyond ±<see cref="LineAssembler.AmountLimit"/> (1e15, 1e308), or one so small it would round
    /// to nothing (0.00001: a price the warehouse's four places cannot show, not a zero price), is out of range.
    /// </summary>
    public static NumberRead ReadPrice(ReadOnlySpan<char> text, DecimalMark mark, out decimal price) =>
        ReadPrice(text, mark, out price, out _);

    /// <summary>
    /// A price as <see cref="ReadPrice(ReadOnlySpan{char}, DecimalMark, out decimal)"/> reads it, also as a spreadsheet
    /// displays money (£2.55, 2,55 €, (£2.55) for a negative; <see cref="DisplayedNumber"/>).
    /// </summary>
    /// <param name="currency">The currency the price was written with (<c>£</c>, <c>kr</c>, <c>EUR</c>), or null.</param>
    public static NumberRead ReadPrice(ReadOnlySpan<char> text, DecimalMark mark, out decimal price, out string? currency)
    {
        currency = null;
        price = 0;
        // Money (£2.55, 2,55 €, (2.55)) starts or ends with what no plain number does: unwrapped at once, not read twice.
        var ends = text.Trim();
        var plain = ends.IsEmpty || (!DisplayedNumber.MayWrap(ends[0]) && !DisplayedNumber.MayWrap(ends[^1]));
        var read = plain ? ReadPlainPrice(text, mark, out price) : NumberRead.NotANumber;
        if (read != NumberRead.NotANumber)
        {
            return read;
        }

        var inner = DisplayedNumber.Inner(text, out var wrapped, out var negative, out var sign);
        if (!wrapped)
        {
            return plain ? read : ReadPlainPrice(text, mark, out price);
        }

        read = ReadPlainPrice(inner, mark, out price);
        if (read == NumberRead.Ok)
        {
            price = negative ? -price : price;
            currency = sign;
        }

        return read;
    }

    private static NumberRead ReadPlainPrice(ReadOnlySpan<char> text, DecimalMark mark, out decimal price)
    {
        // Nearly every price of a decimal-point file is a plain number: read at once (trailing NULs as for quantities).
        if (mark == DecimalMark.Point && !text.IsEmpty && !EndsInNul(text)
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var plain))
        {
            return AsTextPrice(plain, text, out price);
        }

        price = 0;
        text = text.Trim();
        if (EndsInNul(text))
        {
            return NumberRead.NotANumber;
        }

        Span<char> buffer = stackalloc char[64];
        if (!TryInvariant(text, mark, whole: false, buffer, out var number))
        {
            return NumberRead.NotANumber;
        }

        if (decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return AsTextPrice(value, number, out price);
        }

        return IsHugeNumber(number)
            ? NumberRead.OutOfRange
            : NumberRead.NotANumber;
    }

    /// <summary>
    /// A price read from text: a decimal holds 28 places, so 0.00000000000000000000000000001 parses as 0, and a digit
    /// other than 0 before any exponent tells that it was not zero but below the warehouse's precision.
    /// </summary>
    private static NumberRead AsTextPrice(decimal value, ReadOnlySpan<char> text, out decimal price)
    {
        if (value == 0m)
        {
            var exponent = text.IndexOfAny('e', 'E');
            if ((exponent < 0 ? text : text[..exponent]).IndexOfAnyInRange('1', '9') >= 0)
            {
                price = 0;
                return NumberRead.BelowPrecision;
            }
        }

        return AsPrice(value, out price);
    }

    /// <summary>A spreadsheet cell's number as a price, by the rules of <see cref="ReadPrice(ReadOnlySpan{char}, DecimalMark, out decimal)"/>.</summary>
    public static NumberRead ReadPrice(double value, out decimal price)
    {
        price = 0;
        if (double.IsNaN(value))
        {
            return NumberRead.NotANumber;
        }

        if (Math.Abs(value) >= (double)LineAssembler.AmountLimit)
        {
            return NumberRead.OutOfRange;
        }

        // (decimal)1E-30 is 0: a price too small for a decimal is below the warehouse's precision, not a zero price.
        var asDecimal = (decimal)value;
        return asDecimal == 0m && value != 0 ? NumberRead.BelowPrecision : AsPrice(asDecimal, out price);
    }

    private static NumberRead AsPrice(decimal value, out decimal price)
    {
        price = RoundPrice(value);
        var read = !LineAssembler.InRange(value) ? NumberRead.OutOfRange
            : price == 0m && value != 0m ? NumberRead.BelowPrecision
            : NumberRead.Ok;
        if (read != NumberRead.Ok)
        {
            price = 0;
        }

        return read;
    }

    /// <summary>
    /// A number rewritten with a decimal point and no grouping (1.234,56 → 1234.56 with a decimal comma; 1,234.56 →
    /// 1234.56 with a decimal point), or false when it is not one: more than one decimal mark, a group separator out of
    /// place (the whole part is plain digits, or groups of three after a first group of 1 to 3 digits that does not
    /// start with 0, separated by one kind of separator), or anything but digits and a leading sign.
    /// </summary>
    /// <param name="wholeWhenGrouped">True for a quantity (1,200 is 1200); false for a price, whose grouped thousands need a fraction (1,250.00).</param>
    private static bool TryToInvariant(ReadOnlySpan<char> text, char decimalMark, System.Buffers.SearchValues<char> groupSeparators, bool wholeWhenGrouped, Span<char> buffer, out int length)
    {
        length = 0;
        var mark = text.IndexOf(decimalMark);
        if (text.IsEmpty || text.Length > buffer.Length || (mark >= 0 && text[(mark + 1)..].Contains(decimalMark)))
        {
            return false;
        }

        var whole = mark >= 0 ? text[..mark] : text;
        var sign = whole.Length > 0 && whole[0] is '-' or '+' ? 1 : 0;
        if (sign == 1)
        {
            buffer[length++] = whole[0];
        }

        var digits = whole[sign..];
        var separator = digits.IndexOfAny(groupSeparators) is var at and >= 0 ? digits[at] : '\0';
        var group = 0;
        var groups = 0;
        foreach (var c in digits)
        {
            if (c == separator)
            {
                if (groups == 0 ? group is < 1 or > 3 : group != 3)
                {
                    return false;
                }

                groups++;
                group = 0;
            }
            else if (char.IsAsciiDigit(c))
            {
                buffer[length++] = c;
                group++;
            }
            else
            {
                return false;
            }
        }

        if (group == 0 || (groups > 0 && (group != 3 || !CouldBeFirstGroup(digits[..digits.IndexOf(separator)]))))
        {
            return false;
        }

        // A price grouped in thousands carries its fraction (£1,250.00, 1 250,00 €, as money formats write it): 1,250 alone
        // is as likely a decimal comma out of place, and read as thousands it would be a thousand times too large.
        if (groups > 0 && !wholeWhenGrouped && mark < 0)
        {
            return false;
        }

        if (mark >= 0)
        {
            buffer[length++] = '.';
            foreach (var c in text[(mark + 1)..])
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }

                buffer[length++] = c;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether digits could lead a number grouped in thousands: 1 to 3 of them, not starting with 0 (no one writes
    /// 0,125 or 00,500 for a number of thousands). Shared by the parsers and the decimal-mark vote.
    /// </summary>
    public static bool CouldBeFirstGroup(ReadOnlySpan<char> digits) =>
        digits.Length is >= 1 and <= 3 && digits[0] != '0' && IsDigits(digits);

    public static decimal RoundPrice(decimal price) => Math.Round(price, 4, MidpointRounding.AwayFromZero);

    public static bool TryParseDate(ReadOnlySpan<char> text, out DateTime value) => TryParseDate(text, DateOrder.MonthFirst, out value);

    /// <summary>A date-time in the file's date order (or ISO), between <see cref="FirstYear"/> and <see cref="LastYear"/>.</summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, DateOrder order, out DateTime value)
    {
        if (TryParseAnyYear(text, order, out var parsed) && InYears(parsed = ToSecond(parsed)))
        {
            value = parsed;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// The nearest whole second: the warehouse keeps seconds (SQL Server's DATETIME2(0) would round a fraction itself,
    /// DuckDB keep it), so 23:59:59.6 is the next day on both, and the calendar is built from the same value.
    /// </summary>
    public static DateTime ToSecond(DateTime value)
    {
        var fraction = value.Ticks % TimeSpan.TicksPerSecond;
        var whole = new DateTime(value.Ticks - fraction, value.Kind);
        return fraction >= TimeSpan.TicksPerSecond / 2 ? whole.AddSeconds(1) : whole;
    }

    /// <summary>Why a text that is no date here is none, for the quarantine note.</summary>
    /// <param name="forms">The forms the file may use, named when the text is not a date at all; null to name none.</param>
    public static string DateProblem(string text, DateOrder order, string? forms) =>
        TryParseAnyYear(text, order, out var value)
            ? OutsideYears(text, value)
            : $"InvoiceDate '{text}' is not a date{(forms is null ? string.Empty : $" (expected {forms})")}";

    /// <summary>The note for a date read as <paramref name="text"/> whose year the warehouse does not take.</summary>
    public static string OutsideYears(string text, DateTime value) =>
        $"InvoiceDate '{text}' is outside {FirstYear}–{LastYear} ({value.Year}{HowTheYearWasRead(text, value)})";

    // A year the text does not spell out was read by a rule the user may not know.
    private static string HowTheYearWasRead(string text, DateTime value) =>
        text.Contains(value.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) ? string.Empty
        : IsSerialForm(text.AsSpan().Trim()) ? ", read as an Excel serial number"
        : ", a two-digit year read as Excel reads it: 00–29 are 20xx, 30–99 19xx";

    public static bool InYears(DateTime value) => value.Year is >= FirstYear and <= LastYear;

    private static bool TryParseAnyYear(ReadOnlySpan<char> text, DateOrder order, out DateTime value)
    {
        text = WithoutTextMark(text.Trim());

        if (DateTime.TryParseExact(
            text, order == DateOrder.DayFirst ? DayFirstFormats : MonthFirstFormats, DateCulture,
            DateTimeStyles.AllowWhiteSpaces, out value))
        {
            return true;
        }

        // An ISO time with its offset (pandas writes a zone-aware time so, SQL Server a datetimeoffset with a space
        // before it): the clock time as written is kept, as for every other date — the warehouse holds the shop's
        // local time, and converting to this machine's zone would move every sale.
        if (DateTimeOffset.TryParseExact(text, IsoOffsetFormats, DateCulture, DateTimeStyles.AllowWhiteSpaces, out var withOffset))
        {
            value = withOffset.DateTime;
            return true;
        }

        // A date cell saved to CSV without its date format shows Excel's serial number (40513.35 for 1 Dec 2010 08:24),
        // its fraction after a point or, in a European locale, a comma.
        return TrySerial(text, out value);
    }

    /// <summary>
    /// Excel's serial number of a date, whatever its year (the caller checks the years): 1927–2173 in the form read.
    /// </summary>
    private static bool TrySerial(ReadOnlySpan<char> text, out DateTime value)
    {
        value = default;
        if (!IsSerialForm(text))
        {
            return false;
        }

        Span<char> invariant = stackalloc char[text.Length];
        text.CopyTo(invariant);
        if (text.IndexOfAny('.', ',') is var mark and >= 0)
        {
            invariant[mark] = '.';
        }

        if (!double.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial))
        {
            return false;
        }

        value = DateTime.FromOADate(serial);
        return true;
    }

    // Five digits, never a leading zero, as Excel writes a serial of 1990–2100 (and the years around it): 051210 is a
    // compact date, not a serial. A fraction after a point or, in a European locale, a comma.
    private static bool IsSerialForm(ReadOnlySpan<char> text)
    {
        var mark = text.IndexOfAny('.', ',');
        var whole = mark < 0 ? text : text[..mark];
        return whole.Length == 5 && whole[0] != '0' && IsDigits(whole) && text.Length <= 20 && (mark < 0 || IsDigits(text[(mark + 1)..]));
    }

    /// <summary>The forms a date may take in the given order, for error messages.</summary>
    public static string DateForms(DateOrder order) =>
        order == DateOrder.DayFirst
            ? "d/M/yyyy H:mm or d.M.yyyy H:mm (the year also as yy, not after dashes), d-M-yyyy H:mm, d-MMM-yyyy H:mm, yyyy-MM-dd HH:mm:ss or an Excel serial"
            : "M/d/yyyy H:mm or M/d/yyyy h:mm AM (the year also as yy, not after dashes), M-d-yyyy H:mm, d-MMM-yyyy H:mm, yyyy-MM-dd HH:mm:ss or an Excel serial";

    /// <summary>An Excel serial date-time, rounded to the second (serials carry floating-point noise).</summary>
    public static bool TryFromExcelSerial(double serial, out DateTime value)
    {
        value = default;
        if (double.IsNaN(serial) || serial < FirstSerial || serial >= AfterLastSerial)
        {
            return false;
        }

        value = ToSecond(DateTime.FromOADate(serial));
        return true;
    }

    /// <summary>
    /// Text kept exactly as the source wrote it (stock codes, descriptions: their spacing and case are counted by
    /// the cleaning rules), or null when it is blank.
    /// </summary>
    public static string? AsWritten(string? text) => IsBlank(text) ? null : text;

    /// <summary>Empty, white space, or NUL characters only (SQL Server's bcp writes an empty string as one NUL).</summary>
    public static bool IsBlank([System.Diagnostics.CodeAnalysis.NotNullWhen(false)] string? text) =>
        string.IsNullOrWhiteSpace(text) || (text[0] == '\0' && text.AsSpan().Trim('\0').IsWhiteSpace());

    /// <summary>Trimmed text, or null when empty. Source text keeps its inner spacing.</summary>
    public static string? CleanText(string? text)
    {
        if (IsBlank(text))
        {
            return null;
        }

        return text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) ? text.Trim() : text;
    }

    /// <summary>
    /// An identifier (invoice, stock code, customer) as text: trimmed, and without the zero fraction that spreadsheet
    /// and pandas round-trips add to numeric ids (17850.0 → 17850; 17850,0 → 17850 in a decimal-comma file).
    /// </summary>
    public static string? NormaliseIdentifier(string? text, DecimalMark mark = DecimalMark.Point)
    {
        var clean = WithoutTextMark(CleanText(text));
        if (clean is null)
        {
            return null;
        }

        var dot = clean.IndexOf('.');
        if (dot < 0 && mark == DecimalMark.Comma)
        {
            dot = clean.IndexOf(',');
        }

        if (dot > 0 && clean.AsSpan(dot + 1).TrimEnd('0').IsEmpty && IsDigits(clean.AsSpan(0, dot)))
        {
            return clean[..dot];
        }

        return clean;
    }

    /// <summary>
    /// The apostrophe that makes a spreadsheet take a value as text ('536387, 'C536548, '-1), when a program wrote it
    /// into the value itself — CSV-injection escaping and exporters that force text do — rather than as Excel's hidden
    /// prefix. Kept, it would make C536548 no cancellation and '16029 another customer than 16029.
    /// </summary>
    public const char TextMark = '\'';

    /// <summary>
    /// <paramref name="text"/> without a leading <see cref="TextMark"/> before a value (an identifier or a stock code;
    /// not a description, where an apostrophe may be written).
    /// </summary>
    public static string? WithoutTextMark(string? text) =>
        text is not null && HasTextMark(text) ? text[1..] : text;

    /// <summary><paramref name="text"/> (a number or a date) without a leading <see cref="TextMark"/>.</summary>
    public static ReadOnlySpan<char> WithoutTextMark(ReadOnlySpan<char> text) => HasTextMark(text) ? text[1..] : text;

    private static bool HasTextMark(ReadOnlySpan<char> text) => text.Length > 1 && text[0] == TextMark && !char.IsWhiteSpace(text[1]);

    /// <summary>
    /// Whether an identifier is a number as Excel writes one too long for its column in a CSV: one digit, a fraction
    /// perhaps (after a point, or a comma in a European locale), then E+ and the exponent (5.6789E+12, 5,6789E+12, 1E+15). The digits beyond the fraction are lost, so ids that
    /// differed read the same. A code such as 12E45 has no sign and is not one.
    /// </summary>
    public static bool IsRoundedByExcel(string? id)
    {
        if (id is null || id.Length < 4 || !id.Contains('+'))
        {
            return false;
        }

        var e = id.AsSpan().IndexOfAny('E', 'e');
        if (e < 1 || e + 2 >= id.Length || id[e + 1] != '+')
        {
            return false;
        }

        var mantissa = id.AsSpan(0, e);
        var exponent = id.AsSpan(e + 2);
        return char.IsAsciiDigit(mantissa[0])
            && (mantissa.Length == 1 || (mantissa.Length > 2 && mantissa[1] is '.' or ',' && IsDigits(mantissa[2..])))
            && exponent.Length <= 3 && IsDigits(exponent);
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
