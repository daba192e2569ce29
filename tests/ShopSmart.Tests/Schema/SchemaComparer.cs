namespace ShopSmart.Tests.Schema;

/// <summary>Lists every way two dialects' schemas differ: missing objects, kinds, columns and type families.</summary>
public static class SchemaComparer
{
    public static IReadOnlyList<string> Differences(
        IReadOnlyDictionary<string, SchemaObject> duckDb, IReadOnlyDictionary<string, SchemaObject> sqlServer)
    {
        var differences = new List<string>();
        foreach (var name in duckDb.Keys.Union(sqlServer.Keys, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
        {
            if (!duckDb.TryGetValue(name, out var left))
            {
                differences.Add($"{name}: defined in T-SQL only");
                continue;
            }

            if (!sqlServer.TryGetValue(name, out var right))
            {
                differences.Add($"{name}: defined in DuckDB only");
                continue;
            }

            if (left.Kind != right.Kind)
            {
                differences.Add($"{name}: a {left.Kind} in DuckDB but a {right.Kind} in T-SQL");
            }

            foreach (var column in left.Columns.Keys.Except(right.Columns.Keys, StringComparer.OrdinalIgnoreCase))
            {
                differences.Add($"{name}.{column}: column in DuckDB only");
            }

            foreach (var column in right.Columns.Keys.Except(left.Columns.Keys, StringComparer.OrdinalIgnoreCase))
            {
                differences.Add($"{name}.{column}: column in T-SQL only");
            }

            foreach (var (column, type) in left.Columns)
            {
                if (right.Columns.TryGetValue(column, out var other) && type != "any" && other != "any" && type != other)
                {
                    differences.Add($"{name}.{column}: {type} in DuckDB but {other} in T-SQL");
                }
            }
        }

        return differences;
    }
}
