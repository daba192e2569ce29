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
        // Read month or day first, the last number is the year; here the question is whether it is. (A sign the parse
        // lets through is no date's.)
        if (!DialectEvidence.TryDateNumbers(text, out var first, out var middle, out var last, out var twoDigitYear, out _)
            || !twoDigitYear || first < 0 || middle is < 0 or >= 128)
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
}
