using System.Data.Common;
using Dapper;
using DuckDB.NET.Data;

namespace ShopSmart.Core.Data;

/// <summary>DuckDB: the appender, fed in the table's column order; values converted to each column's type.</summary>
public sealed class DuckDbTableWriter : TableWriter
{
    public override long Write(DbConnection connection, DbTransaction? transaction, string table, DbDataReader rows)
    {
        var (schema, name) = Split(table);
        var columns = connection.Query<(string Name, string Type)>(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $schema AND table_name = $name ORDER BY ordinal_position",
            new { schema, name },
            transaction).ToList();
        if (columns.Count == 0)
        {
            throw new InvalidOperationException($"Table {table} does not exist.");
        }

        RequireColumns(table, rows, columns.Select(c => c.Name).ToList());
        var ordinals = columns.Select(c => OrdinalOrMissing(rows, c.Name)).ToArray();
        var kinds = columns.Select(c => DuckDbColumnKinds.Parse(c.Type)).ToArray();

        long count = 0;
        using var appender = ((DuckDBConnection)connection).CreateAppender(schema, name);
        while (rows.Read())
        {
            var row = appender.CreateRow();
            for (var i = 0; i < columns.Count; i++)
            {
                // One GetValue per field (no IsDBNull first): typed rows compute each value through a getter.
                var value = ordinals[i] < 0 ? null : rows.GetValue(ordinals[i]);
                DuckDbColumnKinds.Append(row, kinds[i], value is DBNull ? null : value);
            }

            row.EndRow();
            count++;
        }

        return count;
    }

    private static int OrdinalOrMissing(DbDataReader rows, string column)
    {
        for (var i = 0; i < rows.FieldCount; i++)
        {
            if (string.Equals(rows.GetName(i), column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
