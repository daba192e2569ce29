using System.Data.Common;
using Dapper;

namespace ShopSmart.Tests.Schema;

/// <summary>Reads the tables and views of the product's schemas from a migrated DuckDB's information_schema.</summary>
public static class DuckDbSchemaReader
{
    private static readonly string[] ProductSchemas = ["stg", "dw", "mart", "ml", "etl"];

    public static Dictionary<string, SchemaObject> Read(DbConnection connection)
    {
        var rows = connection.Query<(string Schema, string Table, string TableType, string Column, string DataType)>(
            """
            SELECT c.table_schema, c.table_name, t.table_type, c.column_name, c.data_type
            FROM information_schema.columns AS c
            JOIN information_schema.tables AS t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema IN ('stg', 'dw', 'mart', 'ml', 'etl')
            ORDER BY c.table_schema, c.table_name, c.ordinal_position
            """);
        return rows
            .GroupBy(r => $"{r.Schema}.{r.Table}".ToLowerInvariant())
            .ToDictionary(
                g => g.Key,
                g =>
                {
                    var isView = g.First().TableType.Contains("VIEW", StringComparison.OrdinalIgnoreCase);
                    var columns = g.ToDictionary(
                        r => r.Column.ToLowerInvariant(),
                        r => isView ? "any" : TypeFamily(r.DataType),
                        StringComparer.OrdinalIgnoreCase);
                    return new SchemaObject(g.Key, isView ? "view" : "table", columns);
                },
                StringComparer.OrdinalIgnoreCase);
    }

    public static IReadOnlyList<string> Schemas => ProductSchemas;

    private static string TypeFamily(string dataType)
    {
        var type = dataType.ToUpperInvariant();
        return type switch
        {
            "INTEGER" => "int32",
            "BIGINT" => "int64",
            "SMALLINT" or "TINYINT" => "int16",
            "DOUBLE" or "FLOAT" or "REAL" => "float",
            "BOOLEAN" => "boolean",
            "DATE" => "date",
            "TIMESTAMP" or "TIMESTAMP WITH TIME ZONE" => "timestamp",
            "VARCHAR" => "text",
            "UUID" => "uuid",
            _ when type.StartsWith("DECIMAL", StringComparison.Ordinal) => "decimal",
            _ when type.StartsWith("VARCHAR", StringComparison.Ordinal) => "text",
            _ => type.ToLowerInvariant(),
        };
    }
}
