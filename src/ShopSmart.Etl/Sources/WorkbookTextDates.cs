namespace ShopSmart.Etl.Sources;

/// <summary>
/// The dates a workbook writes as text, checked against the order they are read in when <c>--date-order</c> is not
/// given (month first, as the UCI files write them), by the rule a CSV file's dates follow: only a text that reads one
/// way alone votes (13/12/2010 is day first, 12/13/2010 month first), the majority of the first
/// <see cref="CsvDialectDetector.Decisive"/> votes decides, and texts that could be read either way (01/12/2010) never do.
/// A workbook whose text dates are day first, split evenly, or never settle it is refused with the rows that show it,
/// rather than 1 December loaded as 12 January. Cells typed as dates carry no order and do not vote.
/// </summary>
public sealed class WorkbookTextDates
{
    private const int Examples = 3;

    private readonly List<string> _either = [];
    private int _monthFirst;
    private int _dayFirst;
    private string? _monthFirstExample;
    private string? _dayFirstExample;

    /// <param name="sheet">The sheet the value stands in (null for a file without sheets), for the message.</param>
    public void Add(string? sheet, long row, string text)
    {
        if (_monthFirst + _dayFirst >= CsvDialectDetector.Decisive && _either.Count >= Examples)
        {
            return; // settled: nothing more to learn
        }

        switch (DialectEvidence.DateOrder(text, out _, out _))
        {
            case DialectEvidence.Vote.First when _monthFirst + _dayFirst < CsvDialectDetector.Decisive:
                _monthFirst++;
                _monthFirstExample ??= Where(sheet, row, text);
                break;
            case DialectEvidence.Vote.Second when _monthFirst + _dayFirst < CsvDialectDetector.Decisive:
                _dayFirst++;
                _dayFirstExample ??= Where(sheet, row, text);
                break;
            case DialectEvidence.Vote.Either when _either.Count < Examples:
                _either.Add(Where(sheet, row, text));
                break;
        }
    }

    private static string Where(string? sheet, long row, string text) =>
        $"{(sheet is null ? string.Empty : $"sheet '{sheet}' ")}row {row} '{text.Trim()}'";

    /// <summary>Throws when the text dates do not show they are month first (none at all is fine).</summary>
    public void Verify(string path)
    {
        if (_dayFirst > _monthFirst)
        {
            throw new SourceFileException(path,
                $"the dates written as text are day first ({_dayFirstExample}). Load it again with --date-order day-first.");
        }

        if (_dayFirst > 0 && _dayFirst == _monthFirst)
        {
            throw new SourceFileException(path,
                $"the dates written as text disagree: as many are month first ({_monthFirstExample}) as day first ({_dayFirstExample}). " +
                "Correct them, or load it again with --date-order.");
        }

        if (_monthFirst == 0 && _either.Count > 0)
        {
            throw new SourceFileException(path,
                $"the dates written as text could be read month first or day first, and none settles it: {string.Join(", ", _either)}. " +
                "Load it again with --date-order month-first or --date-order day-first.");
        }
    }
}
