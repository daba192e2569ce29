using System.Globalization;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// The time of day read from a column of its own (<see cref="SourceLayout.TimeOrdinal"/>) and added to the line's
/// date: point-of-sale and ERP exports (Square, SAP Business One) write the date and the time apart, and read alone
/// such a file's lines would all load at midnight, emptying every hour-of-day figure without a word.
/// </summary>
public static class InvoiceTimes
{
    // What spreadsheets and tills write for a time of day: 24-hour with or without seconds (08:26, 8:26:00, 08.26 as
    // German and Finnish exports may), and 12-hour with AM/PM (8:26 AM).
    private static readonly string[] Forms =
        ["H:mm", "H:mm:ss", "H:mm:ss.FFFFFFF", "H.mm", "H.mm.ss", "h:mm tt", "h:mm:ss tt", "h:mmtt", "h:mm:sstt"];

    /// <summary>
    /// Adds the time column's <paramref name="value"/> (a cell's number or date, or text) to the date already read.
    /// A blank time leaves the date as it is. A value that is no time of day, or a date that has another time of its
    /// own, makes the line's date bad (quarantined as BAD_DATE with the reason), never a guess.
    /// </summary>
    public static void AddTo(ref LineFields fields, object? value, DateOrder order)
    {
        if (fields.InvoiceAt is not { } date || value is null || value is string blank && string.IsNullOrWhiteSpace(blank))
        {
            return;
        }

        var text = Convert.ToString(value, CultureInfo.InvariantCulture)!;
        if (Read(value, order) is not { } time)
        {
            fields.InvoiceAt = null;
            fields.DateError = $"InvoiceTime '{text.Trim()}' is not a time of day (expected 08:26, 8:26:00 or 8:26 AM)";
        }
        else if (date.TimeOfDay == TimeSpan.Zero)
        {
            fields.InvoiceAt = date + time;
        }
        else if (date.TimeOfDay != time)
        {
            fields.InvoiceAt = null;
            fields.DateError = string.Create(CultureInfo.InvariantCulture,
                $"InvoiceDate has a time of its own ({date:HH:mm:ss}) where InvoiceTime says '{text.Trim()}': which one holds is not clear");
        }
    }

    /// <summary>
    /// A time of day to the second: a cell's fraction of a day (Excel keeps 08:26 as 0.35138…), a date-time cell's or
    /// text's time (a time column exported as 1899-12-30 08:26:00), or a time written in one of <see cref="Forms"/>.
    /// </summary>
    public static TimeSpan? Read(object value, DateOrder order) => value switch
    {
        double fraction when fraction is >= 0 and < 1 && Math.Round(fraction * 86_400) is var seconds && seconds < 86_400 => TimeSpan.FromSeconds(seconds),
        DateTime cell => FieldParsers.ToSecond(cell).TimeOfDay,
        string text => Parse(text, order),
        _ => null,
    };

    private static TimeSpan? Parse(string text, DateOrder order)
    {
        // macOS and ICU put a narrow no-break space before AM/PM, others a no-break space.
        var written = FieldParsers.WithoutTextMark(text.Trim())!.Replace('\u202F', ' ').Replace('\u00A0', ' ');
        if (TimeOnly.TryParseExact(written, Forms, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out var time))
        {
            return FieldParsers.ToSecond(DateTime.MinValue + time.ToTimeSpan()).TimeOfDay;
        }

        // A time column saved as a date-time: Excel's day zero in ISO form (which no sales year is), or a sales date;
        // a date alone holds no time of day.
        return written.Contains(':') && (DateTime.TryParseExact(written, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var dayZero)
            || FieldParsers.TryParseDate(written, order, out dayZero))
            ? FieldParsers.ToSecond(dayZero).TimeOfDay
            : null;
    }
}
