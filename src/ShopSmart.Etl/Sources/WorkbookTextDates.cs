namespace ShopSmart.Etl.Sources;

/// <summary>
/// The dates a workbook writes as text, checked against the order they are read in when <c>--date-order</c> is not
/// given (month first, as the UCI files write them), by the rule a CSV file's dates follow: only a text that reads one
/// way alone votes (13/12/2010 is day first, 12/13/2010 month first), the majority of the first
/// <see cref="CsvDialectDetector.Decisive"/> votes decides, and texts that could be read either way (01/12/2010) never do.
/// A workbook whose text dates are day first, split evenly, or never settle it is refused with the rows that show it,
/// rather than 1 December loaded as 12 January. Cells typed as dates carry no order and do not vote. With
/// <c>--date-order</c> given, a workbook whose text dates read the other way is refused too (<see cref="GivenAnswerCheck"/>).
/// </summary>
/// <param name="given">The order given with <c>--date-order</c> (or <c>Etl:Source:DateOrder</c>), or null.</param>
public sealed class WorkbookTextDates(DateOrder? given = null)
{
    private readonly DialectVotes _votes = new();
    private readonly GivenAnswerCheck? _given = given is { } order ? GivenAnswerCheck.ForDateOrder(order, "dates written as text") : null;

    /// <param name="sheet">The sheet the value stands in (null for a file without sheets), for the message.</param>
    public void Add(string? sheet, long row, string text)
    {
        if (_given is not null)
        {
            _given.Add(DialectEvidence.DateOrder(text, out _, out _), sheet, row, text);
        }
        else if (!_votes.Complete)
        {
            _votes.Add(DialectEvidence.DateOrder(text, out _, out _), sheet, row, text);
        }
    }

    /// <summary>
    /// Throws when the text dates do not show they are month first (none at all is fine), or, with an order given,
    /// when they read the other way (<see cref="GivenAnswerCheck"/>).
    /// </summary>
    public void Verify(string path)
    {
        if (_given is not null)
        {
            _given.Verify(path);
            return;
        }

        switch (_votes.Result)
        {
            case DialectVotes.Outcome.Second:
                throw new SourceFileException(path,
                    $"the dates written as text are day first ({_votes.SecondExample}). Load it again with --date-order day-first.");
            case DialectVotes.Outcome.Split:
                throw new SourceFileException(path,
                    $"the dates written as text disagree: as many are month first ({_votes.FirstExample}) as day first ({_votes.SecondExample}). " +
                    "Correct them, or load it again with --date-order.");
            case DialectVotes.Outcome.Unsettled:
                throw new SourceFileException(path,
                    $"the dates written as text could be read month first or day first, and none settles it: {string.Join(", ", _votes.Either)}. " +
                    "Load it again with --date-order month-first or --date-order day-first.");
        }
    }
}
