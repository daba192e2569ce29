namespace ShopSmart.Core.Texts;

/// <summary>
/// A value bound into a sentence, typed so that the catalogue writes it in the reader's culture: a count, money, a
/// share, a date, a month, plain text (a product name) or a <see cref="Term"/> (a word the catalogue translates,
/// such as a segment name).
/// </summary>
public readonly record struct TextValue(TextValueKind Kind, double Number = 0, string? Text = null, DateOnly Date = default, int Decimals = 0)
{
    public static TextValue Of(string text) => new(TextValueKind.Text, Text: text);

    /// <summary>A catalogue key whose text is inserted (translated) in place of the placeholder.</summary>
    public static TextValue Term(string key) => new(TextValueKind.Term, Text: key);

    public static TextValue Count(double count) => new(TextValueKind.Count, count);

    public static TextValue Decimal(double number, int decimals = 2) => new(TextValueKind.Number, number, Decimals: decimals);

    public static TextValue Money(double pounds) => new(TextValueKind.Money, pounds);

    /// <summary>A fraction (0.25), written as a percentage (25.0%).</summary>
    public static TextValue Percent(double fraction, int decimals = 1) => new(TextValueKind.Percent, fraction, Decimals: decimals);

    public static TextValue Day(DateOnly date) => new(TextValueKind.Date, Date: date);

    public static TextValue Month(string yearMonth) => new(TextValueKind.Month, Text: yearMonth);
}
