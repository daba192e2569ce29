using System.Data.Common;

namespace ShopSmart.Core.Data;

/// <summary>
/// The one bulk-write seam: rows (a <see cref="DbDataReader"/> or typed records) appended to a warehouse table,
/// matched to its columns by name, inside the caller's transaction. Each engine supplies its fast path (DuckDB's
/// appender, SqlBulkCopy); a field the table does not have is an error, a table column the rows do not carry gets
/// NULL (or fails if it may not be NULL).
/// </summary>
public abstract class TableWriter
{
    /// <summary>Appends every row of <paramref name="rows"/> to <paramref name="table"/> (<c>schema.name</c>); returns the count.</summary>
    public abstract long Write(DbConnection connection, DbTransaction? transaction, string table, DbDataReader rows);

    public long Write<T>(DbConnection connection, DbTransaction? transaction, string table, IEnumerable<T> rows)
    {
        using var reader = new RowReader<T>(rows);
        return Write(connection, transaction, table, reader);
    }

    protected static (string Schema, string Name) Split(string table)
    {
        var dot = table.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && dot < table.Length - 1
            ? (table[..dot], table[(dot + 1)..])
            : throw new ArgumentException($"Table name '{table}' must be schema.name.", nameof(table));
    }

    /// <summary>Checks every field of the rows is a column of the table; names the first stray one.</summary>
    protected static void RequireColumns(string table, DbDataReader rows, IReadOnlyCollection<string> columns)
    {
        for (var i = 0; i < rows.FieldCount; i++)
        {
            var name = rows.GetName(i);
            if (!columns.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"{table} has no column {name} (columns: {string.Join(", ", columns)}).");
            }
        }
    }
}
