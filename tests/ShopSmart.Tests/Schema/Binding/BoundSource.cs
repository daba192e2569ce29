namespace ShopSmart.Tests.Schema.Binding;

/// <summary>
/// A row source visible in a FROM clause: a table or view (schema and name), a CTE, a derived table or VALUES list
/// (alias only), or the INSERTED/DELETED rows of an OUTPUT clause. A source the binder could not find is
/// <see cref="IsUnknown"/> and accepts any column, so one misspelt table is reported once, not once per column.
/// </summary>
public sealed record BoundSource(string? Alias, string? Schema, string? Name, IReadOnlyList<CatalogColumn> Columns, bool IsUnknown = false)
{
    /// <summary>What the query calls it: its alias, else its own name.</summary>
    public string ExposedName => Alias ?? Name ?? "?";

    public CatalogColumn? Column(string name) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a column qualifier (<c>f</c>, <c>fact_sales</c>, <c>dw.fact_sales</c>) names this source.</summary>
    public bool IsNamedBy(IReadOnlyList<string> qualifier)
    {
        var parts = qualifier.Count > 2 ? qualifier.Skip(qualifier.Count - 2).ToList() : qualifier;
        if (Alias is not null)
        {
            return parts.Count == 1 && Same(parts[0], Alias);
        }

        return parts.Count switch
        {
            1 => Same(parts[0], Name),
            2 => Same(parts[0], Schema) && Same(parts[1], Name),
            _ => false,
        };
    }

    private static bool Same(string a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
