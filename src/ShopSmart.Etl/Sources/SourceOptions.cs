using System.Globalization;
using ShopSmart.Core.Runs;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// How to read text files, when detection is not wanted: bound from the <c>Etl:Source</c> configuration section and
/// the <c>--delimiter</c>, <c>--decimal</c>, <c>--date-order</c>, <c>--column</c> and <c>--sheet</c> options. Null means "detect from the file".
/// </summary>
public sealed class SourceOptions
{
    public const string SectionName = "Etl:Source";

    /// <summary><c>,</c>, <c>;</c> or <c>tab</c>.</summary>
    public string? Delimiter { get; set; }

    /// <summary><c>point</c> (1.85) or <c>comma</c> (1,85).</summary>
    public string? Decimal { get; set; }

    /// <summary><c>month-first</c> (12/1/2010) or <c>day-first</c> (01/12/2010).</summary>
    public string? DateOrder { get; set; }

    /// <summary>
    /// The file's own names for the Online Retail columns, by column (<c>Etl:Source:Columns:Quantity = Qty</c>); the
    /// command line's <c>--column Quantity=Qty</c> adds to them and wins.
    /// </summary>
    public Dictionary<string, string> Columns { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The sheets of a workbook to read, by name (<c>--sheet "Online Retail"</c>, or <c>Etl:Source:Sheets</c>); empty to
    /// read every sheet with data. A workbook's other sheets (a summary, a pivot table) are then passed over and named.
    /// </summary>
    public List<string> Sheets { get; set; } = [];

    /// <summary>Whether a sheet is one to read: every sheet when none is named; names compare without case or surrounding spaces.</summary>
    public bool ReadsSheet(string sheet) => Sheets.Count == 0 || Sheets.Any(s => SameSheet(s, sheet));

    /// <summary>Whether two names name one sheet: without case or surrounding spaces.</summary>
    public static bool SameSheet(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    public ColumnNames ColumnNamesValue => Columns.Count == 0 ? ColumnNames.None : ColumnNames.Parse(Columns);

    public char? DelimiterChar => Delimiter switch
    {
        null or "" => null,
        "," or "comma" => ',',
        ";" or "semicolon" => ';',
        "\t" or "tab" or "\\t" => '\t',
        "|" or "pipe" => '|',
        _ => throw new BadInputException($"--delimiter '{Delimiter}' is not one of , ; tab |."),
    };

    public DecimalMark? DecimalMark => Normalise(Decimal) switch
    {
        null => null,
        "point" or "." or "dot" => Sources.DecimalMark.Point,
        "comma" or "," => Sources.DecimalMark.Comma,
        _ => throw new BadInputException($"--decimal '{Decimal}' is not point or comma."),
    };

    public DateOrder? DateOrderValue => Normalise(DateOrder) switch
    {
        null => null,
        "monthfirst" or "mdy" or "us" => Sources.DateOrder.MonthFirst,
        "dayfirst" or "dmy" or "eu" => Sources.DateOrder.DayFirst,
        _ => throw new BadInputException($"--date-order '{DateOrder}' is not month-first or day-first."),
    };

    /// <summary>Checks every value now, so a bad option is reported before any file is read.</summary>
    public SourceOptions Validate()
    {
        _ = DelimiterChar;
        _ = DecimalMark;
        _ = DateOrderValue;
        _ = ColumnNamesValue;
        if (Sheets.Any(string.IsNullOrWhiteSpace))
        {
            throw new BadInputException("--sheet (or Etl:Source:Sheets): a sheet's name is empty.");
        }

        return this;
    }

    private static string? Normalise(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).ToLower(CultureInfo.InvariantCulture);
}
