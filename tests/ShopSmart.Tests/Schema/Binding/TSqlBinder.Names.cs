using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ShopSmart.Tests.Schema.Binding;

/// <summary>Name resolution: objects in the catalogue, columns through the scopes, and spelling with the declared case.</summary>
public sealed partial class TSqlBinder
{
    /// <summary>A table or view by its (schema-qualified) name; reports it when absent. Default schema: dbo.</summary>
    private CatalogObject? FindObject(SchemaObjectName name, TSqlFragment node)
    {
        var schema = name.SchemaIdentifier?.Value ?? "dbo";
        if (name.SchemaIdentifier is not null && Catalog.Schema(schema) is { } declaredSchema)
        {
            CheckCase(name.SchemaIdentifier, declaredSchema);
        }

        var found = Catalog.Find(schema, name.BaseIdentifier.Value);
        if (found is null)
        {
            Error(node, $"unknown table or view {schema}.{name.BaseIdentifier.Value}");
            return null;
        }

        CheckCase(name.BaseIdentifier, found.Name);
        return found;
    }

    /// <summary>Resolves a column reference through the scopes, innermost first, as the server does.</summary>
    private CatalogColumn? ResolveColumn(ColumnReferenceExpression reference, BindScope scope)
    {
        var parts = reference.MultiPartIdentifier.Identifiers;
        var name = parts[^1];
        if (parts.Count == 1)
        {
            return ResolveBare(reference, name, scope);
        }

        var qualifier = parts.Take(parts.Count - 1).Select(p => p.Value).ToList();
        for (var s = scope; s is not null; s = s.Outer)
        {
            var source = s.Sources.FirstOrDefault(x => x.IsNamedBy(qualifier));
            if (source is null)
            {
                continue;
            }

            // INSERTED and DELETED are keywords, not declared names: any case is fine.
            if (source.Alias is { } alias && (source.Name is not null || alias is not ("inserted" or "deleted")))
            {
                CheckCase(parts[^2], alias);
            }

            return ColumnOf(source, name, reference);
        }

        Error(reference, $"unknown table or alias '{string.Join('.', qualifier)}' in {Text(reference)}");
        return null;
    }

    private CatalogColumn? ResolveBare(ColumnReferenceExpression reference, Identifier name, BindScope scope)
    {
        for (var s = scope; s is not null; s = s.Outer)
        {
            var alias = s.SelectNames.FirstOrDefault(c => Same(c.Name, name.Value));
            if (alias is not null)
            {
                CheckCase(name, alias.Name);
                return alias;
            }

            var matches = s.Sources.Where(x => x.IsUnknown || x.Column(name.Value) is not null).ToList();
            if (matches.Count == 1)
            {
                return ColumnOf(matches[0], name, reference);
            }

            if (matches.Count > 1 && matches.Any(m => m.IsUnknown))
            {
                return null;
            }

            if (matches.Count > 1)
            {
                Error(reference, $"ambiguous column '{name.Value}': in {string.Join(" and ", matches.Select(m => m.ExposedName))}");
                return null;
            }
        }

        Error(reference, $"unknown column '{name.Value}'");
        return null;
    }

    private CatalogColumn? ColumnOf(BoundSource source, Identifier name, TSqlFragment node)
    {
        if (source.IsUnknown)
        {
            return null;
        }

        var column = source.Column(name.Value);
        if (column is null)
        {
            Error(node, $"unknown column '{name.Value}' in {source.ExposedName} ({Describe(source)})");
            return null;
        }

        CheckCase(name, column.Name);
        return column;
    }

    private static string Describe(BoundSource source) => source.Schema is null
        ? "columns: " + string.Join(", ", source.Columns.Select(c => c.Name))
        : $"{source.Schema}.{source.Name}";

    /// <summary>
    /// A name spelt with another case than its declaration binds on the default case-insensitive collation but fails
    /// on a server or database with a case-sensitive one (some DBAs install them); so it is an error here.
    /// </summary>
    private void CheckCase(Identifier used, string declared)
    {
        if (!string.Equals(used.Value, declared, StringComparison.Ordinal) && Same(used.Value, declared))
        {
            Error(used, $"'{used.Value}' is declared as '{declared}': a case-sensitive collation would not find it");
        }
    }

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
