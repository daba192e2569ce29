namespace ShopSmart.Tests.Schema.Binding;

/// <summary>
/// A table, view or inline table-valued function of the T-SQL catalogue: schema, name as declared, kind, and its
/// columns in order; a function also its parameters' names, in order.
/// </summary>
public sealed record CatalogObject(string Schema, string Name, string Kind, IReadOnlyList<CatalogColumn> Columns)
{
    public IReadOnlyList<string> Parameters { get; init; } = [];

    public string QualifiedName => $"{Schema}.{Name}";

    public CatalogColumn? Column(string name) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
