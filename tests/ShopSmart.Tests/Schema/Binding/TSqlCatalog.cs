namespace ShopSmart.Tests.Schema.Binding;

/// <summary>
/// What the T-SQL migration scripts create, as a server would hold it after <c>migrate</c>: schemas, tables and views
/// with their columns, sequences and roles. Names compare without case, as on a default (CI) collation; the binder
/// separately reports a name spelt with another case than its declaration.
/// </summary>
public sealed class TSqlCatalog
{
    private readonly Dictionary<string, string> _schemas = new(StringComparer.OrdinalIgnoreCase) { ["dbo"] = "dbo" };
    private readonly Dictionary<string, CatalogObject> _objects = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _sequences = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _roles = new(StringComparer.OrdinalIgnoreCase) { "public" };

    public IEnumerable<CatalogObject> Objects => _objects.Values;

    public IEnumerable<string> Schemas => _schemas.Values;

    public TSqlCatalog Clone()
    {
        var copy = new TSqlCatalog();
        foreach (var (key, value) in _schemas)
        {
            copy._schemas[key] = value;
        }

        foreach (var (key, value) in _objects)
        {
            copy._objects[key] = value;
        }

        foreach (var (key, value) in _sequences)
        {
            copy._sequences[key] = value;
        }

        copy._roles.UnionWith(_roles);
        return copy;
    }

    public string? Schema(string name) => _schemas.GetValueOrDefault(name);

    public void AddSchema(string name) => _schemas[name] = name;

    public CatalogObject? Find(string schema, string name) => _objects.GetValueOrDefault(Key(schema, name));

    public void Put(CatalogObject item) => _objects[Key(item.Schema, item.Name)] = item;

    public bool Remove(string schema, string name) => _objects.Remove(Key(schema, name));

    public string? Sequence(string schema, string name) => _sequences.GetValueOrDefault(Key(schema, name));

    public void AddSequence(string schema, string name) => _sequences[Key(schema, name)] = $"{schema}.{name}";

    public bool HasRole(string name) => _roles.Contains(name);

    public void AddRole(string name) => _roles.Add(name);

    private static string Key(string schema, string name) => $"{schema}.{name}";
}
