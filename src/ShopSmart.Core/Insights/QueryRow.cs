using System.Data.Common;
using System.Globalization;
using System.Numerics;

namespace ShopSmart.Core.Insights;

/// <summary>
/// One result row read by column name, with values converted whatever type the engine returned (DuckDB's DECIMAL,
/// HUGEINT and DateOnly; SQL Server's numeric, bit and date), so a query reads the same on both engines.
/// </summary>
public sealed class QueryRow
{
    private readonly Dictionary<string, object?> _values;

    private QueryRow(Dictionary<string, object?> values) => _values = values;

    /// <summary>Runs <paramref name="sql"/> and reads every row.</summary>
    public static IReadOnlyList<QueryRow> Read(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<QueryRow>();
        while (reader.Read())
        {
            var values = new Dictionary<string, object?>(reader.FieldCount, StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                values[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(new QueryRow(values));
        }

        return rows;
    }

    public bool IsNull(string column) => Value(column) is null;

    public double Number(string column) => NumberOrNull(column) ?? throw new InvalidOperationException($"Column '{column}' is NULL.");

    public double? NumberOrNull(string column) => Value(column) switch
    {
        null => null,
        BigInteger big => (double)big,
        bool flag => flag ? 1 : 0,
        var value => Convert.ToDouble(value, CultureInfo.InvariantCulture),
    };

    public long Integer(string column) => checked((long)Math.Round(Number(column)));

    public string Text(string column) => TextOrNull(column) ?? throw new InvalidOperationException($"Column '{column}' is NULL.");

    public string? TextOrNull(string column) => Value(column) switch
    {
        null => null,
        var value => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    public bool Flag(string column) => Value(column) switch
    {
        bool flag => flag,
        null => false,
        var value => Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
    };

    public DateOnly? DateOrNull(string column) => Value(column) switch
    {
        null => null,
        DateOnly date => date,
        DateTime time => DateOnly.FromDateTime(time),
        var value => DateOnly.FromDateTime(Convert.ToDateTime(value, CultureInfo.InvariantCulture)),
    };

    public DateTime? DateTimeOrNull(string column) => Value(column) switch
    {
        null => null,
        DateTime time => time,
        DateOnly date => date.ToDateTime(TimeOnly.MinValue),
        DateTimeOffset offset => offset.UtcDateTime,
        var value => Convert.ToDateTime(value, CultureInfo.InvariantCulture),
    };

    private object? Value(string column) => _values.TryGetValue(column, out var value)
        ? value
        : throw new KeyNotFoundException($"Column '{column}' is not in the row ({string.Join(", ", _values.Keys)}).");
}
