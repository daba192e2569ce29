using ShopSmart.Core.Runs;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// A file's own names for the Online Retail columns (<c>--column Quantity=Qty</c>, or <c>Etl:Source:Columns</c>), so an
/// export whose header says <c>Qty</c> or <c>Customer Number</c> loads without being edited. They are read beside the
/// layouts' own names, in either layout: a name the header does not hold is passed over, so a setting made for one
/// export does not stop the UCI files, of either layout, from loading. Where the header holds it, it is the column, and
/// a column under the usual name is an extra one.
/// </summary>
public sealed class ColumnNames
{
    private readonly Dictionary<string, SourceColumn> _columns;
    private readonly Dictionary<SourceColumn, string> _given;

    private ColumnNames(Dictionary<string, SourceColumn> columns, Dictionary<SourceColumn, string> given)
    {
        _columns = columns;
        _given = given;
    }

    public static ColumnNames None { get; } = new([], []);

    /// <summary>
    /// Reads (column, file's name) pairs; throws naming the pair when the column is none of the eight, when two pairs name
    /// one column (UnitPrice and Price are one), or one name stands for two columns.
    /// </summary>
    public static ColumnNames Parse(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var columns = new Dictionary<string, SourceColumn>(StringComparer.Ordinal);
        var given = new Dictionary<SourceColumn, string>();
        var said = new Dictionary<SourceColumn, string>();
        foreach (var (column, name) in pairs)
        {
            var pair = $"{column}={name}";
            if (SourceLayout.ColumnNamed(column) is not { } known)
            {
                throw new BadInputException(
                    $"--column {pair} (or Etl:Source:Columns:{column}): '{column}' is not one of {string.Join(", ", SourceLayout.ColumnNamesOf(SourceLayout.OnlineRetail))}, " +
                    $"{SourceLayout.CanonicalName(SourceColumn.InvoiceTime)} (a time of day apart from the date).");
            }

            // An empty name says the file has no such column: only a column whose values may be missing can be told so.
            var none = string.IsNullOrWhiteSpace(name);
            if (none && !MayBeAbsent.Contains(known))
            {
                throw new BadInputException(
                    $"--column {pair} (or Etl:Source:Columns:{column}): the file's name for the column is empty, and a file cannot do without " +
                    $"{SourceLayout.CanonicalName(known)} (only {string.Join(", ", MayBeAbsent.Select(SourceLayout.CanonicalName))} may be said to be absent).");
            }

            if (!given.TryAdd(known, name))
            {
                throw new BadInputException(
                    $"the {SourceLayout.CanonicalName(known)} column is named twice, by {said[known]} and {pair} (--column or Etl:Source:Columns; " +
                    "a column's words in either layout are one column): name it once.");
            }

            said[known] = pair;
            if (!none && !columns.TryAdd(SourceLayout.Normalise(name), known))
            {
                throw new BadInputException(
                    $"--column {pair} (or Etl:Source:Columns:{column}): '{name}' already stands for the {SourceLayout.CanonicalName(columns[SourceLayout.Normalise(name)])} column.");
            }
        }

        return new ColumnNames(columns, given);
    }

    /// <summary>A <c>Column=Name</c> text, as the command line gives it.</summary>
    public static KeyValuePair<string, string> Pair(string text) =>
        text.IndexOf('=') is var at and > 0
            ? KeyValuePair.Create(text[..at].Trim(), text[(at + 1)..].Trim())
            : throw new BadInputException($"--column '{text}' is not Column=Name (for example --column Quantity=Qty).");

    /// <summary>
    /// Names from the settings with the command line's on top: a column the command line names drops the settings' name
    /// for it, whichever word it was given by (Price or UnitPrice). A column named twice on the command line is refused.
    /// </summary>
    public static void Override(Dictionary<string, string> columns, IEnumerable<string> commandLine)
    {
        var named = new Dictionary<SourceColumn, string>();
        foreach (var text in commandLine)
        {
            var (column, name) = Pair(text);
            if (SourceLayout.ColumnNamed(column) is { } known)
            {
                if (!named.TryAdd(known, text))
                {
                    throw new BadInputException($"--column {named[known]} and --column {text} name one column twice: give it once.");
                }

                foreach (var key in columns.Keys.Where(k => SourceLayout.ColumnNamed(k) == known).ToList())
                {
                    columns.Remove(key);
                }
            }

            columns[column] = name;
        }
    }

    /// <summary>The column a header name is the file's own name for, if it is one.</summary>
    public SourceColumn? ColumnOf(string? name) => _columns.TryGetValue(SourceLayout.Normalise(name), out var column) ? column : null;

    /// <summary>Whether a header name is the file's own name for <paramref name="column"/>.</summary>
    public bool StandsFor(string? name, SourceColumn column) => ColumnOf(name) == column;

    /// <summary>The name given for a column, as given, or null.</summary>
    public string? GivenFor(SourceColumn column) => _given.GetValueOrDefault(column);

    /// <summary>
    /// The columns a file may lack, said with an empty name (<c>--column Country=</c>): each line then has none of the
    /// value, as a line with that cell empty (Square and Lightspeed export no country, some tills no customer). A header
    /// that does hold the column under its usual name is still read, so that a setting made for one export does not
    /// blank the column of the others. The time column, optional anyway, is then not looked for under its names.
    /// </summary>
    public static readonly SourceColumn[] MayBeAbsent = [SourceColumn.Description, SourceColumn.CustomerId, SourceColumn.Country, SourceColumn.InvoiceTime];

    /// <summary>Whether the user said the file has no <paramref name="column"/> (<c>--column Country=</c>).</summary>
    public bool SaidAbsent(SourceColumn column) => _given.TryGetValue(column, out var name) && string.IsNullOrWhiteSpace(name);

}
