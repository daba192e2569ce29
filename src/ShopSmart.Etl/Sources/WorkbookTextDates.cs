namespace ShopSmart.Etl.Sources;

/// <summary>
/// The dates a workbook writes as text, checked against the order they are read in when <c>--date-order</c> is not
/// given (month first, as the UCI files write them), by the rule a CSV file's dates follow: only a text that reads one
/// way alone votes (13/12/2010 is day first, 12/13/2010 month first), the majority of the first
/// <see cref="CsvDialectDetector.Decisive"/> votes decides, and texts that could be read either way (01/12/2010) never do.
/// A workbook whose text dates are day first, split evenly, or never settle it is refused with the rows that show it,
/// rather than 1 December loaded as 12 January. Cells typed as dates carry no order and do not vote. With
/// <c>--date-order</c> given, a workbook whose text dates read the other way is refused too (<see cref="GivenAnswerCheck"/>).
/// <para>
/// Text dates that read one way only beside date cells whose every day is one of those texts' months are the mark of a
/// spreadsheet that opened a CSV in a locale of the other order: it made cells of the dates it could read its way — day
/// and month swapped, so the cell's day is the month the CSV wrote — and left the rest as text. Such a workbook is
/// refused, whatever the order given: its cells cannot be put right. (Cells of 1–10 December beside a text 13 December
/// are not: their days are not months of the texts.)
/// </para>
/// </summary>
/// <param name="given">The order given with <c>--date-order</c> (or <c>Etl:Source:DateOrder</c>), or null.</param>
public sealed class WorkbookTextDates(DateOrder? given = null)
{
    private readonly DialectVotes _votes = new();
    private readonly GivenAnswerCheck? _given = given is { } order ? GivenAnswerCheck.ForDateOrder(order, "dates written as text") : null;

    private readonly TwoDigitYears _twoDigitYears = new();
    private string? _oneWayText;
    private string? _firstCell;
    private uint _cellDays;
    private uint _textMonths;

    /// <param name="sheet">The sheet the value stands in (null for a file without sheets), for the message.</param>
    public void Add(string? sheet, long row, string text)
    {
        var vote = DialectEvidence.DateOrder(text, out var first, out var second);
        if (vote is DialectEvidence.Vote.First or DialectEvidence.Vote.Second)
        {
            _oneWayText ??= DialectVotes.Where(sheet, row, text);
            var month = vote == DialectEvidence.Vote.First ? first : second;
            _textMonths |= month is >= 1 and <= 12 ? 1u << month : 0;
        }

        _twoDigitYears.Add(sheet, row, text);

        if (_given is not null)
        {
            _given.Add(vote, sheet, row, text);
        }
        else if (!_votes.Complete)
        {
            _votes.Add(vote, sheet, row, text);
        }
    }

    /// <summary>A date read from a cell typed as a date (or a serial number), for the check of swapped cells.</summary>
    public void AddCell(string? sheet, long row, DateTime value)
    {
        // Once a cell's day is past the 12th it is no month of any text: the cells were not swapped, and the rest of a
        // workbook's half a million cells need no look.
        if (_cellDays > Days1To12)
        {
            return;
        }

        _firstCell ??= DialectVotes.Where(sheet, row, value.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        _cellDays |= 1u << value.Day;
    }

    /// <summary>The bits of days 1 to 12 in <see cref="_cellDays"/>: any higher bit set makes the mask larger.</summary>
    private const uint Days1To12 = 0b1_1111_1111_1110;

    /// <summary>
    /// Throws when the text dates do not show they are month first (none at all is fine), or, with an order given,
    /// when they read the other way (<see cref="GivenAnswerCheck"/>).
    /// </summary>
    public void Verify(string path)
    {
        if (_oneWayText is not null && _firstCell is not null && (_cellDays & ~_textMonths) == 0)
        {
            throw new SourceFileException(path,
                $"its date column mixes dates written as text that read one way only (the first: {_oneWayText}) with date cells " +
                $"whose every day is one of those texts' months (the first: {_firstCell}): a spreadsheet opened a CSV in a locale that writes dates " +
                "the other way round, made cells of those it could read its way — their day and month swapped — and left the rest as text. " +
                "Load the original CSV instead, or make the workbook again in a locale that writes dates as the CSV does.");
        }

        _twoDigitYears.Verify(path);
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
