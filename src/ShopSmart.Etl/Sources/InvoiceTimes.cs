using System.Globalization;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// The time of day read from a column of its own (<see cref="SourceLayout.TimeOrdinal"/>) and added to the line's
/// date: point-of-sale and ERP exports (Square, SAP Business One) write the date and the time apart, and read alone
/// such a file's lines would all load at midnight, emptying every hour-of-day figure without a word.
/// </summary>
public static class InvoiceTimes
{
    // What spreadsheets and tills write for a time of day: 24-hour with or without seconds (08:26, 8:26:00), and
    // 12-hour with AM/PM (8:26 AM). Not a number written as text: 0.25 is Excel's 06:00 saved without its format, or a
    // dotted 00:25 (fi-FI, da-DK), and nothing in the file tells which.
    private static readonly string[] Forms =
        ["H:mm", "H:mm:ss", "H:mm:ss.FFFFFFF", "h:mm tt", "h:mm:ss tt", "h:mmtt", "h:mm:sstt"];

    // Excel's day zero as the readers give a time-only cell: 1899-12-30 (a serial's own), 1899-12-31 (the 1900 system
    // counted from its day 1), 1904-01-01 (the 1904 system).
    private static readonly DateTime[] DayZero = [new(1899, 12, 30), new(1899, 12, 31), new(1904, 1, 1)];

    /// <summary>A time column's value: the time of day, and the day it names too when it names one.</summary>
    public readonly record struct TimeRead(TimeSpan Time, DateTime? Day);

    /// <summary>
    /// Adds the time column's <paramref name="value"/> (a cell's number or date, or text) to the date already read.
    /// A blank time (or a word for a missing value) leaves the date as it is. A value that is no time of day, a day in it
    /// other than the date's, or — when the user named the column — a date with another time of its own makes the
    /// line's date bad (quarantined as BAD_DATE with the reason), never a guess. A column found by its name only is not
    /// read at all for a date that has a time of its own: that date keeps it, as before the column was read.
    /// </summary>
    /// <param name="column">The file's name for the column, for the note.</param>
    /// <param name="named">Whether the user named the column (<c>--column InvoiceTime=…</c>).</param>
    public static void AddTo(ref LineFields fields, object? value, DateOrder order, string column, bool named, Func<string?, bool>? isMissingWord = null)
    {
        if (fields.InvoiceAt is not { } date || value is null || value is string blank && (string.IsNullOrWhiteSpace(blank) || isMissingWord?.Invoke(blank) == true))
        {
            return;
        }

        // A column found by its name only may be something else (a UCI-shaped file with a "Time" of its own): a date
        // with a time of its own does not need it, and keeps its time whatever the column holds.
        if (!named && date.TimeOfDay != TimeSpan.Zero)
        {
            return;
        }

        var text = Convert.ToString(value, CultureInfo.InvariantCulture)!.Trim();
        if (Read(value, order) is not { } read)
        {
            fields.InvoiceAt = null;
            fields.DateError = $"{column} '{text}' is not a time of day (expected 08:26, 8:26:00 or 8:26 AM)" +
                (value is string && double.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
                    ? ": a number, as a spreadsheet saves a time column left in its General format? Format the column as a time, save and load again"
                    : string.Empty);
            return;
        }

        var combined = FieldParsers.ToSecond(date.Date + read.Time);
        if (read.Day is { } day && day != date.Date)
        {
            fields.InvoiceAt = null;
            fields.DateError = string.Create(CultureInfo.InvariantCulture,
                $"{column} '{text}' names another day than InvoiceDate ({date:yyyy-MM-dd}): which one holds is not clear");
        }
        else if (date.TimeOfDay == TimeSpan.Zero)
        {
            fields.InvoiceAt = combined;
        }
        else if (named && combined != date)
        {
            fields.InvoiceAt = null;
            fields.DateError = string.Create(CultureInfo.InvariantCulture,
                $"InvoiceDate has a time of its own ({date:HH:mm:ss}) where {column} says '{text}': which one holds is not clear");
        }
    }

    /// <summary>
    /// A time of day: a cell's fraction of a day (Excel keeps 08:26 as 0.35138…) or elapsed time, a date-time cell's or text's time
    /// with its day unless that is Excel's day zero (a time-only cell), or a time written in one of
    /// <see cref="Forms"/>. Not rounded: added to the date, it is rounded to the second with it.
    /// </summary>
    public static TimeRead? Read(object value, DateOrder order) => value switch
    {
        double fraction when fraction is >= 0 and < 1 => new TimeRead(TimeSpan.FromDays(fraction), null),
        DateTime cell => new TimeRead(cell.TimeOfDay, Array.IndexOf(DayZero, cell.Date) >= 0 ? null : cell.Date),
        // An .xls cell in an elapsed-time format ([h]:mm), as ExcelDataReader gives it; a day or more is no time of day.
        TimeSpan span when span >= TimeSpan.Zero && span < TimeSpan.FromDays(1) => new TimeRead(span, null),
        string text => Parse(text, order),
        _ => null,
    };

    private static TimeRead? Parse(string text, DateOrder order)
    {
        // macOS and ICU put a narrow no-break space before AM/PM, others a no-break space.
        var written = FieldParsers.WithoutTextMark(text.Trim())!.Replace('\u202F', ' ').Replace('\u00A0', ' ');
        if (TimeOnly.TryParseExact(written, Forms, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out var time))
        {
            return new TimeRead(time.ToTimeSpan(), null);
        }

        // A time column saved as a date-time: Excel's day zero in ISO form (which no sales year is), or a day of its own;
        // a date alone holds no time of day.
        if (!written.Contains(':'))
        {
            return null;
        }

        if (DateTime.TryParseExact(written, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateTime)
            || FieldParsers.TryParseDate(written, order, out dateTime))
        {
            return new TimeRead(dateTime.TimeOfDay, Array.IndexOf(DayZero, dateTime.Date) >= 0 ? null : dateTime.Date);
        }

        return null;
    }
}
