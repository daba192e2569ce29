namespace ShopSmart.Etl.Sources;

/// <summary>
/// The dates a workbook writes as text, checked against the order they are read in when <c>--date-order</c> is not
/// given (month first, as the UCI files write them). Cells typed as dates carry no order; a text such as 13/12/2010
/// proves the sheet is day first, and one such as 01/12/2010 could be read either way. Rather than load 1 December as
/// 12 January, a workbook whose text dates prove day first, disagree, or never settle it is refused with the rows
/// that show it, as a CSV file is.
/// </summary>
public sealed class WorkbookTextDates
{
    private const int Examples = 3;

    private readonly List<string> _either = [];
    private string? _monthFirst;
    private string? _dayFirst;

    /// <param name="sheet">The sheet the value stands in (null for a file without sheets), for the message.</param>
    public void Add(string? sheet, long row, string text)
    {
        switch (DialectEvidence.DateOrder(text, out _, out _))
        {
            case DialectEvidence.Vote.First:
                _monthFirst ??= Where(sheet, row, text);
                break;
            case DialectEvidence.Vote.Second:
                _dayFirst ??= Where(sheet, row, text);
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
        if (_dayFirst is not null && _monthFirst is not null)
        {
            throw new SourceFileException(path,
                $"the dates written as text disagree: {_monthFirst} is month first, {_dayFirst} day first. Correct them, or load it again with --date-order.");
        }

        if (_dayFirst is not null)
        {
            throw new SourceFileException(path,
                $"the dates written as text are day first ({_dayFirst}). Load it again with --date-order day-first.");
        }

        if (_monthFirst is null && _either.Count > 0)
        {
            throw new SourceFileException(path,
                $"the dates written as text could be read month first or day first, and none settles it: {string.Join(", ", _either)}. " +
                "Load it again with --date-order month-first or --date-order day-first.");
        }
    }
}
