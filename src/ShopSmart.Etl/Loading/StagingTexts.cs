using ShopSmart.Etl.Cleaning;

namespace ShopSmart.Etl.Loading;

/// <summary>
/// The distinct texts of one batch, each given an id the first time it is seen. A file of half a million lines holds
/// a few tens of thousands of distinct invoice numbers, stock codes, descriptions, customers and countries: writing
/// each text once and the lines as numbers is what makes the bulk path fast (a text value costs the DuckDB appender
/// several times a number). Id 0 is a missing value, written once like any text. Not thread-safe: one reader thread
/// encodes.
/// </summary>
public sealed class StagingTexts
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private List<StagingText> _new = [new StagingText(0, null)];

    public int Count => _ids.Count;

    public StagingRow Encode(StagedLine line)
    {
        var s = line.Source;
        return new StagingRow(
            line,
            IdOrNull(s.Sheet),
            Id(s.InvoiceNo),
            Id(line.StockCode),
            Id(s.StockCode),
            IdOrNull(s.Description),
            IdOrNull(s.CustomerId),
            IdOrNull(s.Country),
            Id(line.ProductClass));
    }

    /// <summary>The texts first seen since the last call, to be written before (or with) the lines that use them.</summary>
    public List<StagingText> TakeNew()
    {
        var taken = _new;
        _new = [];
        return taken;
    }

    public int Id(string text)
    {
        if (!_ids.TryGetValue(text, out var id))
        {
            id = _ids.Count + 1;
            _ids.Add(text, id);
            _new.Add(new StagingText(id, text));
        }

        return id;
    }

    private int IdOrNull(string? text) => text is null ? 0 : Id(text);
}
