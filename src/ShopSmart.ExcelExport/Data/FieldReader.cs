using System.Data;
using System.Globalization;
using System.Numerics;

namespace ShopSmart.ExcelExport.Data;

/// <summary>
/// Reads the current row of a query by column name, converting whatever numeric type the engine returned (DuckDB's
/// DECIMAL and HUGEINT, SQL Server's INT and FLOAT) to what the workbook writes: doubles, longs, text and dates.
/// </summary>
public sealed class FieldReader
{
    private readonly IDataReader _reader;
    private readonly Dictionary<string, int> _ordinals;

    public FieldReader(IDataReader reader)
    {
        _reader = reader;
        _ordinals = Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => i, StringComparer.OrdinalIgnoreCase);
    }

    public bool Has(string column) => _ordinals.ContainsKey(column);

    public double? NullableDouble(string column) => Raw(column) switch
    {
        null => null,
        BigInteger big => (double)big,
        var value => Convert.ToDouble(value, CultureInfo.InvariantCulture),
    };

    public double Double(string column) => NullableDouble(column) ?? 0;

    public long Long(string column) => NullableDouble(column) is { } value ? checked((long)Math.Round(value)) : 0;

    public string Text(string column) => NullableText(column) ?? string.Empty;

    public string? NullableText(string column) => Raw(column) switch
    {
        null => null,
        string text => text,
        var value => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    public DateTime? NullableDate(string column) => Raw(column) switch
    {
        null => null,
        DateTime moment => moment,
        DateOnly day => day.ToDateTime(TimeOnly.MinValue),
        var value => Convert.ToDateTime(value, CultureInfo.InvariantCulture),
    };

    public bool Flag(string column) => Raw(column) is { } value && Convert.ToBoolean(value, CultureInfo.InvariantCulture);

    private object? Raw(string column)
    {
        if (!_ordinals.TryGetValue(column, out var ordinal))
        {
            throw new InvalidOperationException($"The query has no column '{column}' ({string.Join(", ", _ordinals.Keys)}).");
        }

        return _reader.IsDBNull(ordinal) ? null : _reader.GetValue(ordinal);
    }
}
