namespace ShopSmart.Tests.Schema.Binding;

/// <summary>
/// Binds a bulk copy like an INSERT's column list: the table exists, every column it sends is one of the table's,
/// once, none is an IDENTITY, and every NOT NULL column without a default is sent.
/// </summary>
public static class BulkCopyCheck
{
    public static IReadOnlyList<string> Problems(BulkCopyCall call, TSqlCatalog catalog)
    {
        if (call.Unresolved is not null)
        {
            return [$"{call}: bulk copy into {call.Table}: {call.Unresolved}"];
        }

        var parts = call.Table.Split('.');
        var table = catalog.Find(parts[0], parts[1]);
        if (table is null)
        {
            return [$"{call}: bulk copy into unknown table {call.Table}"];
        }

        var problems = new List<string>();
        foreach (var name in call.Columns)
        {
            var column = table.Column(name);
            if (column is null)
            {
                problems.Add($"{call}: bulk copy into {call.Table}: unknown column '{name}'");
            }
            else if (column.IsIdentity)
            {
                problems.Add($"{call}: bulk copy into {call.Table}: '{name}' is an IDENTITY column");
            }
        }

        problems.AddRange(call.Columns.GroupBy(c => c, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => $"{call}: bulk copy into {call.Table}: column '{g.Key}' sent twice"));
        var missing = table.Columns.Where(c => c.IsRequired && !call.Columns.Contains(c.Name, StringComparer.OrdinalIgnoreCase)).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"{call}: bulk copy into {call.Table} leaves NOT NULL column(s) without a default unset: {string.Join(", ", missing)}");
        }

        return problems;
    }
}
