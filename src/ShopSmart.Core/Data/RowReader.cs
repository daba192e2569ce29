using System.Collections;
using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;

namespace ShopSmart.Core.Data;

/// <summary>
/// Typed rows seen as a forward-only <see cref="DbDataReader"/> whose fields are the public properties, named by
/// <see cref="ColumnName"/>: the shape every bulk writer (DuckDB appender, SqlBulkCopy) takes. Rows stream; nothing
/// is buffered.
/// </summary>
public sealed class RowReader<T> : DbDataReader
{
    private static readonly Field[] Fields = typeof(T)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
        .Select(p => new Field(ColumnName.FromProperty(p.Name), Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType, Getter(p)))
        .ToArray();

    private readonly IEnumerator<T> _rows;
    private T? _current;
    private bool _closed;

    public RowReader(IEnumerable<T> rows) => _rows = rows.GetEnumerator();

    public override int FieldCount => Fields.Length;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override int RecordsAffected => -1;

    public override bool HasRows => true;

    public override bool IsClosed => _closed;

    public override int Depth => 0;

    public override bool Read()
    {
        if (!_rows.MoveNext())
        {
            return false;
        }

        _current = _rows.Current;
        return true;
    }

    public override bool NextResult() => false;

    public override string GetName(int ordinal) => Fields[ordinal].Name;

    public override int GetOrdinal(string name)
    {
        for (var i = 0; i < Fields.Length; i++)
        {
            if (string.Equals(Fields[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new IndexOutOfRangeException($"{typeof(T).Name} has no field {name}.");
    }

    public override Type GetFieldType(int ordinal) => Fields[ordinal].Type;

    public override string GetDataTypeName(int ordinal) => Fields[ordinal].Type.Name;

    public override object GetValue(int ordinal) => Fields[ordinal].Get(_current!) ?? DBNull.Value;

    public override int GetValues(object[] values)
    {
        var count = Math.Min(values.Length, Fields.Length);
        for (var i = 0; i < count; i++)
        {
            values[i] = GetValue(i);
        }

        return count;
    }

    public override bool IsDBNull(int ordinal) => Fields[ordinal].Get(_current!) is null;

    public override bool GetBoolean(int ordinal) => (bool)GetValue(ordinal);

    public override byte GetByte(int ordinal) => (byte)GetValue(ordinal);

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

    public override char GetChar(int ordinal) => (char)GetValue(ordinal);

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

    public override DateTime GetDateTime(int ordinal) => (DateTime)GetValue(ordinal);

    public override decimal GetDecimal(int ordinal) => (decimal)GetValue(ordinal);

    public override double GetDouble(int ordinal) => (double)GetValue(ordinal);

    public override float GetFloat(int ordinal) => (float)GetValue(ordinal);

    public override Guid GetGuid(int ordinal) => (Guid)GetValue(ordinal);

    public override short GetInt16(int ordinal) => (short)GetValue(ordinal);

    public override int GetInt32(int ordinal) => (int)GetValue(ordinal);

    public override long GetInt64(int ordinal) => (long)GetValue(ordinal);

    public override string GetString(int ordinal) => (string)GetValue(ordinal);

    public override IEnumerator GetEnumerator() => throw new NotSupportedException();

    public override void Close()
    {
        _closed = true;
        _rows.Dispose();
    }

    private static Func<T, object?> Getter(PropertyInfo property)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var body = Expression.Convert(Expression.Property(row, property), typeof(object));
        return Expression.Lambda<Func<T, object?>>(body, row).Compile();
    }

    private sealed record Field(string Name, Type Type, Func<T, object?> Get);
}
