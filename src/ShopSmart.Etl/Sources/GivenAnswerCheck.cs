using static ShopSmart.Etl.Sources.DialectEvidence;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// Checks a date order or decimal mark the user gave against the whole file: a setting left over from another export
/// would otherwise quarantine the lines written the other way and read those that could go either way (01/12/2010,
/// 1.250) the wrong way, and the load would still succeed. Only values that read one way alone decide: the file is
/// refused when more of them read the other way than the way given, and at least <see cref="Floor"/> of them and
/// 1 % of the file's values do — so a stray value the other way (31/12/2010 in a month-first file) is quarantined as
/// before, and the option still wins over a file split between the two.
/// </summary>
/// <param name="givenSecond">The answer given: true for the second (decimal comma, day first).</param>
/// <param name="values">What the values are, for the message (<c>invoice dates</c>).</param>
/// <param name="names">How each answer reads (<c>month first</c>, <c>day first</c>).</param>
/// <param name="options">The option of each answer (<c>--date-order month-first</c>, <c>--date-order day-first</c>).</param>
/// <param name="setting">The setting that also gives it (<c>Etl:Source:DateOrder</c>).</param>
public sealed class GivenAnswerCheck(bool givenSecond, string values, (string First, string Second) names, (string First, string Second) options, string setting)
{
    private long _values;
    private long _with;
    private long _against;
    private string? _example;

    public static GivenAnswerCheck ForDateOrder(DateOrder given, string values = "invoice dates") => new(
        given == DateOrder.DayFirst, values, ("month first", "day first"), ("--date-order month-first", "--date-order day-first"),
        "Etl:Source:DateOrder");

    public static GivenAnswerCheck ForDecimalMark(DecimalMark given) => new(
        given == DecimalMark.Comma, "prices", ("with a decimal point", "with a decimal comma"), ("--decimal point", "--decimal comma"),
        "Etl:Source:Decimal");

    /// <summary>Counts one value that is not empty by what it says (<see cref="DialectEvidence"/>), where it stands.</summary>
    /// <param name="sheet">The sheet of a workbook, or null.</param>
    public void Add(Vote vote, string? sheet, long row, ReadOnlySpan<char> text)
    {
        _values++;
        if (vote == (givenSecond ? Vote.Second : Vote.First))
        {
            _with++;
        }
        else if (vote == (givenSecond ? Vote.First : Vote.Second))
        {
            _against++;
            _example ??= DialectVotes.Where(sheet, row, text);
        }
    }

    /// <summary>Values read only the other way below which they are taken as strays, whatever the others say.</summary>
    public const int Floor = 3;

    /// <summary>Throws when the file reads the other way (see the class summary).</summary>
    public void Verify(string path)
    {
        if (_against <= _with || _against < Floor || _against * 100 < _values)
        {
            return;
        }

        var (given, other) = givenSecond ? (options.Second, options.First) : (options.First, options.Second);
        var (givenName, otherName) = givenSecond ? (names.Second, names.First) : (names.First, names.Second);
        throw new SourceFileException(path,
            string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{given} was given (or {setting}), but {_against:N0} of the file's {_values:N0} {values} read only {otherName} " +
                $"(the first: {_example}) and {(_with == 0 ? "none" : _with.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))} only {givenName}: " +
                $"read so, those lines would be quarantined and any that read either way taken the wrong way. " +
                $"Load it again with {other}, or without the option to let the file decide."));
    }
}
