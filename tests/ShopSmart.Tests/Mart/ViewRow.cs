using System.Globalization;
using System.Numerics;

namespace ShopSmart.Tests.Mart;

/// <summary>One result row, read by column name, with numbers converted whatever the provider returned.</summary>
public sealed class ViewRow(IDictionary<string, object?> values)
{
    private readonly Dictionary<string, object?> _values = new(values, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, object?> Values => _values;

    public object? this[string column] =>
        _values.TryGetValue(column, out var value)
            ? value
            : throw new KeyNotFoundException($"Column '{column}' is not in the row ({string.Join(", ", _values.Keys)}).");

    public bool IsNull(string column) => this[column] is null or DBNull;

    public double Number(string column) => this[column] switch
    {
        null or DBNull => throw new InvalidOperationException($"Column '{column}' is NULL."),
        BigInteger big => (double)big,
        var value => Convert.ToDouble(value, CultureInfo.InvariantCulture),
    };

    public long Integer(string column) => checked((long)Math.Round(Number(column)));

    public string? Text(string column) => this[column] is null or DBNull
        ? null
        : Convert.ToString(this[column], CultureInfo.InvariantCulture);

    public bool Flag(string column) => Convert.ToBoolean(this[column], CultureInfo.InvariantCulture);
}
