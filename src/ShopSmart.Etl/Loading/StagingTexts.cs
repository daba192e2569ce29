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

    // The last text and id of each column: the lines of an invoice come together, so the sheet, invoice, customer,
    // country and product class usually repeat the line before, and one string comparison replaces a lookup in a
    // table of up to a million texts (10 M lines: the lookups were a fifth of the reader thread's time).
    private readonly Column _sheet = new(), _invoice = new(), _stockCode = new(), _stockCodeRaw = new(),
        _description = new(), _customer = new(), _country = new(), _productClass = new();

    public int Count => _ids.Count;

    public StagingRow Encode(StagedLine line)
    {
        var s = line.Source;
        var stockCodeId = Id(_stockCode, line.StockCode);
        return new StagingRow(
            Id(_sheet, s.Sheet),
            s.RowNumber,
            Id(_invoice, s.InvoiceNo),
            s.InvoiceAt,
            stockCodeId,
            ReferenceEquals(s.StockCode, line.StockCode) ? stockCodeId : Id(_stockCodeRaw, s.StockCode),
            Id(_description, s.Description),
            s.Quantity,
            s.UnitPrice,
            Id(_customer, s.CustomerId),
            Id(_country, s.Country),
            Id(_productClass, line.ProductClass),
            line.LineHash,
            (int)line.Flags);
    }

    /// <summary>The texts first seen since the last call, to be written before (or with) the lines that use them.</summary>
    public List<StagingText> TakeNew()
    {
        var taken = _new;
        _new = [];
        return taken;
    }

    private int Id(string text)
    {
        if (!_ids.TryGetValue(text, out var id))
        {
            id = _ids.Count + 1;
            _ids.Add(text, id);
            _new.Add(new StagingText(id, text));
        }

        return id;
    }

    /// <summary>The id of a column's value (0 when missing), from the column's last value when it repeats.</summary>
    private int Id(Column column, string? text)
    {
        if (text is null)
        {
            return 0;
        }

        if (!string.Equals(text, column.Text, StringComparison.Ordinal))
        {
            column.Text = text;
            column.TextId = Id(text);
        }

        return column.TextId;
    }

    private sealed class Column
    {
        public string? Text { get; set; }

        public int TextId { get; set; }
    }
}
