using ShopSmart.Core.Runs;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// A file's own names for the Online Retail columns (<c>--column Quantity=Qty</c>, or <c>Etl:Source:Columns</c>), so an
/// export whose header says <c>Qty</c> or <c>Customer Number</c> loads without being edited. A name the header does not
/// hold is passed over: the column's usual name still serves, so a setting made for one export does not stop the UCI
/// files from loading.
/// </summary>
public sealed class ColumnNames
{
    private readonly Dictionary<string, SourceColumn> _columns;

    private ColumnNames(Dictionary<string, SourceColumn> columns) => _columns = columns;

    public static ColumnNames None { get; } = new([]);

    public bool IsEmpty => _columns.Count == 0;

    /// <summary>
    /// Reads (column, file's name) pairs; throws naming the pair when the column is none of the eight, when two pairs name
    /// one column, or one name stands for two columns.
    /// </summary>
    public static ColumnNames Parse(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var columns = new Dictionary<string, SourceColumn>(StringComparer.Ordinal);
        var given = new Dictionary<SourceColumn, string>();
        foreach (var (column, name) in pairs)
        {
            var said = $"--column {column}={name} (or Etl:Source:Columns:{column})";
            if (SourceLayout.ColumnNamed(column) is not { } known)
            {
                throw new BadInputException($"{said}: '{column}' is not one of {string.Join(", ", SourceLayout.ColumnNamesOf(SourceLayout.OnlineRetail))}.");
            }

            if (string.IsNullOrWhiteSpace(name))
            {
                throw new BadInputException($"{said}: the file's name for the column is empty.");
            }

            if (!given.TryAdd(known, name))
            {
                throw new BadInputException($"{said}: the {SourceLayout.CanonicalName(known)} column is already named '{given[known]}'.");
            }

            if (!columns.TryAdd(SourceLayout.Normalise(name), known))
            {
                throw new BadInputException($"{said}: '{name}' already stands for the {SourceLayout.CanonicalName(columns[SourceLayout.Normalise(name)])} column.");
            }
        }

        return new ColumnNames(columns);
    }

    /// <summary>A <c>Column=Name</c> text, as the command line gives it.</summary>
    public static KeyValuePair<string, string> Pair(string text) =>
        text.IndexOf('=') is var at and > 0
            ? KeyValuePair.Create(text[..at].Trim(), text[(at + 1)..].Trim())
            : throw new BadInputException($"--column '{text}' is not Column=Name (for example --column Quantity=Qty).");

    /// <summary>
    /// Names from the settings with the command line's on top: a column the command line names drops the settings' name
    /// for it, whichever word it was given by (Price or UnitPrice).
    /// </summary>
    public static void Override(Dictionary<string, string> columns, IEnumerable<string> commandLine)
    {
        foreach (var (column, name) in commandLine.Select(Pair))
        {
            var known = SourceLayout.ColumnNamed(column);
            foreach (var key in columns.Keys.Where(k => known is not null && SourceLayout.ColumnNamed(k) == known).ToList())
            {
                columns.Remove(key);
            }

            columns[column] = name;
        }
    }

    /// <summary>Whether a header name is the file's own name for <paramref name="column"/>.</summary>
    public bool StandsFor(string? name, SourceColumn column) =>
        _columns.TryGetValue(SourceLayout.Normalise(name), out var named) && named == column;

    /// <summary>The header with the file's names for the columns replaced by the usual ones; null when none applies.</summary>
    public string?[]? Apply(IReadOnlyList<string?> header, out List<string> renamed)
    {
        renamed = [];
        if (IsEmpty)
        {
            return null;
        }

        var result = header.ToArray();
        for (var i = 0; i < result.Length; i++)
        {
            if (_columns.TryGetValue(SourceLayout.Normalise(result[i]), out var column))
            {
                var usual = SourceLayout.CanonicalName(column);
                renamed.Add($"'{result[i]?.Trim()}' as {usual}");
                result[i] = usual;
            }
        }

        return renamed.Count == 0 ? null : result;
    }
}
