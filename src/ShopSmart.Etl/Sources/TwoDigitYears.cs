using System.Numerics;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// The dates of a file written with a two-digit year (12/01/10, 01.12.10), checked over the whole file. Read month or
/// day first, the last number is the year, which changes slowly; in a year-first file (23/05/20 for 20 May 2023, as
/// some Asian and ERP exports write) the last number is the day and changes daily, while the first — the year — hardly
/// does. A file whose last numbers take more values than its first is refused, rather than its dates read as 23 May 2020.
/// A file of one day cannot tell: it is read in the file's order.
/// </summary>
public sealed class TwoDigitYears
{
    private UInt128 _firsts;
    private UInt128 _lasts;
    private string? _firstExample;
    private string? _otherExample;
    private int _firstLast = -1;

    /// <param name="sheet">The sheet the date stands in, or null in a file without sheets.</param>
    public void Add(string? sheet, long row, ReadOnlySpan<char> text)
    {
        if (!TryNumbers(text, out var first, out var last))
        {
            return;
        }

        _firsts |= UInt128.One << first;
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
        if (UInt128.PopCount(_lasts) <= UInt128.PopCount(_firsts))
        {
            return;
        }

        throw new SourceFileException(path,
            $"its dates have a two-digit year, but their last number changes more often than their first (the first: {_firstExample}; " +
            $"then {_otherExample}): they look year first (yy/MM/dd), which is not read — 23/05/20 would be taken for 23 May 2020. " +
            "Save the dates with a four-digit year (yyyy-MM-dd) and load it again.");
    }

    /// <summary>The first and last numbers of a date whose year is two digits after a slash or a point, else false.</summary>
    private static bool TryNumbers(ReadOnlySpan<char> text, out int first, out int last)
    {
        first = last = 0;
        var date = DialectEvidence.DatePart(text);
        var separator = date.IndexOfAny('/', '.') is var at and >= 0 ? date[at] : '\0';
        Span<Range> parts = stackalloc Range[4];
        return separator != '\0' && date.Split(parts, separator) == 3
            && date[parts[2]].Length == 2 && date[parts[0]].Length <= 2
            && int.TryParse(date[parts[0]], System.Globalization.NumberStyles.None, null, out first)
            && int.TryParse(date[parts[2]], System.Globalization.NumberStyles.None, null, out last);
    }
}
