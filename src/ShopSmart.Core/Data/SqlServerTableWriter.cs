using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace ShopSmart.Core.Data;

/// <summary>SQL Server: SqlBulkCopy inside the caller's transaction, columns mapped by name.</summary>
public sealed class SqlServerTableWriter(int commandTimeoutSeconds) : TableWriter
{
    public override long Write(DbConnection connection, DbTransaction? transaction, string table, DbDataReader rows)
    {
        var (schema, name) = Split(table);
        var sql = (SqlConnection)connection;
        var columns = new List<string>();
        using (var command = new SqlCommand(
            "SELECT c.name FROM sys.columns AS c WHERE c.object_id = OBJECT_ID(@table) ORDER BY c.column_id", sql, (SqlTransaction?)transaction))
        {
            command.Parameters.AddWithValue("@table", $"{schema}.{name}");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                columns.Add(reader.GetString(0));
            }
        }

        if (columns.Count == 0)
        {
            throw new InvalidOperationException($"Table {table} does not exist.");
        }

        RequireColumns(table, rows, columns);
        using var bulk = new SqlBulkCopy(sql, SqlBulkCopyOptions.CheckConstraints, (SqlTransaction?)transaction)
        {
            DestinationTableName = $"[{schema}].[{name}]",
            BulkCopyTimeout = commandTimeoutSeconds,
            BatchSize = 50_000,
            EnableStreaming = true,
        };
        for (var i = 0; i < rows.FieldCount; i++)
        {
            var column = columns.First(c => string.Equals(c, rows.GetName(i), StringComparison.OrdinalIgnoreCase));
            bulk.ColumnMappings.Add(rows.GetName(i), column);
        }

        bulk.WriteToServer(rows);
        return bulk.RowsCopied;
    }
}
