using System.Numerics;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// The dates of a file written with a two-digit year (12/01/10, 01.12.10), checked over the whole file. Read month or
/// day first, the last number is the year, which changes slowly, and the day — first or middle — takes many values; in
/// a year-first file (23/05/20 for 20 May 2023, as some Asian and ERP exports write) the last number is the day, while
/// the first is the year and the middle the month. A file whose last numbers take more values than its first and at
/// least as many as its middle ones is refused, rather than its dates read as 23 May 2020. A file of one day cannot
/// tell, nor one of the same day of every month: it is read in the file's order.
/// </summary>
public sealed class TwoDigitYears
{
    private UInt128 _firsts;
    private UInt128 _middles;
    private UInt128 _lasts;
    private string? _firstExample;
    private string? _otherExample;
    private int _firstLast = -1;

    /// <param name="sheet">The sheet the date stands in, or null in a file without sheets.</param>
    public void Add(string? sheet, long row, ReadOnlySpan<char> text)
    {
        if (!TryNumbers(text, out var first, out var middle, out var last))
        {
            return;
        }

        _firsts |= UInt128.One << first;
        _middles |= UInt128.One << middle;
        _lasts |= UInt128.One << last;
        if (_firstLast < 0)
        {
            _firstLast = last;
            _firstExample = DialectVotes.Where(sheet, row, text);
        }
        else if (_otherExample is null && last != _firstLast)
        {
            _otherExample = DialectVotes.Where(sheet, row, text);
        }
    }

    /// <summary>Throws when the file's two-digit-year dates look year first (see the class summary).</summary>
    public void Verify(string path)
    {
        var lasts = UInt128.PopCount(_lasts);
        if (lasts <= UInt128.PopCount(_firsts) || lasts < UInt128.PopCount(_middles))
        {
            return;
        }

        throw new SourceFileException(path,
            $"its dates have a two-digit year, but their last number changes more often than the others (the first: {_firstExample}; " +
            $"then {_otherExample}): they look year first (yy/MM/dd), which is not read — 23/05/20 would be taken for 23 May 2020. " +
            "Save the dates with a four-digit year (yyyy-MM-dd) and load it again.");
    }

    /// <summary>The three numbers of a date whose year is two digits after a slash or a point, else false.</summary>
    private static bool TryNumbers(ReadOnlySpan<char> text, out int first, out int middle, out int last)
    {
        first = middle = last = 0;
        var date = DialectEvidence.DatePart(text);
        var separator = date.IndexOfAny('/', '.') is var at and >= 0 ? date[at] : '\0';
        Span<Range> parts = stackalloc Range[4];
        return separator != '\0' && date.Split(parts, separator) == 3
            && date[parts[2]].Length == 2 && date[parts[0]].Length <= 2
            && int.TryParse(date[parts[0]], System.Globalization.NumberStyles.None, null, out first)
            && int.TryParse(date[parts[1]], System.Globalization.NumberStyles.None, null, out middle) && middle < 128
            && int.TryParse(date[parts[2]], System.Globalization.NumberStyles.None, null, out last);
    }
}
