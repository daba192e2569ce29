namespace ShopSmart.Tests.Schema.Binding;

/// <summary>
/// The names visible at one point of a statement: the sources of the current FROM clause, the CTEs in force, the
/// select-list names ORDER BY may use, and the enclosing scope for correlated references.
/// </summary>
public sealed class BindScope(BindScope? outer)
{
    private readonly Dictionary<string, (string Name, IReadOnlyList<CatalogColumn> Columns)> _ctes = new(StringComparer.OrdinalIgnoreCase);

    public BindScope? Outer { get; } = outer;

    public List<BoundSource> Sources { get; } = [];

    /// <summary>Output names of the select list, which a bare name in ORDER BY refers to first.</summary>
    public IReadOnlyList<CatalogColumn> SelectNames { get; set; } = [];

    public void AddCte(string name, IReadOnlyList<CatalogColumn> columns) => _ctes[name] = (name, columns);

    public (string Name, IReadOnlyList<CatalogColumn> Columns)? Cte(string name)
    {
        for (var scope = this; scope is not null; scope = scope.Outer)
        {
            if (scope._ctes.TryGetValue(name, out var cte))
            {
                return cte;
            }
        }

        return null;
    }
}
