using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ShopSmart.Tests.Schema.Binding;

/// <summary>Queries: CTEs, FROM clauses, select lists and the output columns a query gives its reader.</summary>
public sealed partial class TSqlBinder
{
    private IReadOnlyList<CatalogColumn> BindSelect(SelectStatement select, BindScope outer)
    {
        var scope = BindCtes(select.WithCtesAndXmlNamespaces, outer);
        var columns = BindQuery(select.QueryExpression, scope);
        if (select.Into is not null)
        {
            Error(select.Into, "SELECT … INTO creates a table the binder cannot see: create it with CREATE TABLE");
        }

        return columns;
    }

    /// <summary>The scope a statement's CTEs are defined in, each visible to the CTEs after it and to the statement.</summary>
    private BindScope BindCtes(WithCtesAndXmlNamespaces? with, BindScope outer)
    {
        var scope = new BindScope(outer);
        foreach (var cte in with?.CommonTableExpressions ?? [])
        {
            var name = cte.ExpressionName.Value;

            // A recursive CTE sees itself with the columns of its anchor (the first branch of its UNION ALL).
            if (cte.QueryExpression is BinaryQueryExpression recursive && References(recursive.SecondQueryExpression, name))
            {
                var anchor = BindQuery(recursive.FirstQueryExpression, scope);
                scope.AddCte(name, Named(cte.Columns, anchor, cte, $"CTE {name}"));
                BindQuery(recursive.SecondQueryExpression, scope);
                continue;
            }

            var columns = BindQuery(cte.QueryExpression, scope);
            scope.AddCte(name, Named(cte.Columns, columns, cte, $"CTE {name}"));
        }

        return scope;
    }

    private static bool References(TSqlFragment fragment, string name)
    {
        var finder = new NamedTableFinder(name);
        fragment.Accept(finder);
        return finder.Found;
    }

    /// <summary>Applies a column list (<c>AS v (a, b)</c>) and checks every output column has one name, once.</summary>
    private List<CatalogColumn> Named(IList<Identifier> names, IReadOnlyList<CatalogColumn> columns, TSqlFragment node, string what)
    {
        if (names.Count > 0)
        {
            if (names.Count != columns.Count)
            {
                Error(node, $"{what} names {names.Count} columns but its query gives {columns.Count}");
            }

            return names.Select((n, i) => i < columns.Count
                ? new CatalogColumn(n.Value, columns[i].Type, Collation: columns[i].Collation)
                : new CatalogColumn(n.Value, "")).ToList();
        }

        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Name.Length == 0)
            {
                Error(node, $"{what}: column {i + 1} has no name (give it an alias)");
            }
        }

        foreach (var twice in columns.Where(c => c.Name.Length > 0).GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            Error(node, $"{what}: column '{twice.Key}' is named more than once");
        }

        return [.. columns];
    }

    public IReadOnlyList<CatalogColumn> BindQuery(QueryExpression query, BindScope outer)
    {
        switch (query)
        {
            case QuerySpecification spec:
                return BindSpecification(spec, outer);
            case QueryParenthesisExpression parenthesis:
                return BindOrdered(parenthesis, BindQuery(parenthesis.QueryExpression, outer), outer);
            case BinaryQueryExpression binary:
                var first = BindQuery(binary.FirstQueryExpression, outer);
                var second = BindQuery(binary.SecondQueryExpression, outer);
                if (first.Count != second.Count)
                {
                    Error(binary.SecondQueryExpression, $"{binary.BinaryQueryExpressionType} of queries with {first.Count} and {second.Count} columns");
                }

                return BindOrdered(binary, first, outer);
            default:
                Error(query, $"the binder does not know {query.GetType().Name} queries");
                return [];
        }
    }

    /// <summary>ORDER BY of a UNION or parenthesised query: names of its output columns, or ordinals.</summary>
    private IReadOnlyList<CatalogColumn> BindOrdered(QueryExpression query, IReadOnlyList<CatalogColumn> output, BindScope outer)
    {
        if (query.OrderByClause is not null)
        {
            var scope = new BindScope(outer);
            scope.Sources.Add(new BoundSource(null, null, null, output));
            BindExpression(query.OrderByClause, scope);
        }

        return output;
    }

    private IReadOnlyList<CatalogColumn> BindSpecification(QuerySpecification spec, BindScope outer)
    {
        var scope = new BindScope(outer);
        foreach (var reference in spec.FromClause?.TableReferences ?? [])
        {
            AddSource(reference, scope, outer);
        }

        BindExpression(spec.WhereClause, scope);
        BindExpression(spec.GroupByClause, scope);
        BindExpression(spec.HavingClause, scope);
        BindExpression(spec.TopRowFilter, scope);
        var output = new List<CatalogColumn>();
        foreach (var element in spec.SelectElements)
        {
            output.AddRange(SelectColumns(element, scope));
        }

        if (spec.OrderByClause is not null)
        {
            BindExpression(spec.OrderByClause, new BindScope(scope) { SelectNames = output.Where(c => c.Name.Length > 0).ToList() });
        }

        BindExpression(spec.OffsetClause, scope);
        return output;
    }

    private IEnumerable<CatalogColumn> SelectColumns(SelectElement element, BindScope scope)
    {
        switch (element)
        {
            case SelectScalarExpression scalar:
                var type = BindExpression(scalar.Expression, scope);
                var name = scalar.ColumnName?.Value
                    ?? (scalar.Expression is ColumnReferenceExpression { MultiPartIdentifier: { } id } ? id.Identifiers[^1].Value : "");
                return [new CatalogColumn(name, type, Collation: ImplicitCollation(scalar.Expression))];
            case SelectStarExpression { Qualifier: null }:
                return scope.Sources.SelectMany(s => s.Columns);
            case SelectStarExpression star:
                var qualifier = star.Qualifier.Identifiers.Select(i => i.Value).ToList();
                var source = scope.Sources.FirstOrDefault(s => s.IsNamedBy(qualifier));
                if (source is null)
                {
                    Error(star, $"unknown table or alias '{string.Join('.', qualifier)}' in {Text(star)}");
                    return [];
                }

                return source.Columns;
            case SelectSetVariable set:
                BindExpression(set.Expression, scope);
                return [];
            default:
                Error(element, $"the binder does not know {element.GetType().Name} select elements");
                return [];
        }
    }

    /// <summary>
    /// Adds a FROM item's sources to the scope. Derived tables see the enclosing query's scope but not their siblings,
    /// except on the right of APPLY, which sees everything on its left.
    /// </summary>
    private void AddSource(TableReference reference, BindScope scope, BindScope outer)
    {
        switch (reference)
        {
            case NamedTableReference named:
                scope.Sources.Add(SourceOf(named, scope));
                break;
            case QueryDerivedTable derived:
                var columns = BindQuery(derived.QueryExpression, outer);
                var alias = derived.Alias?.Value ?? "(derived table)";
                scope.Sources.Add(new BoundSource(alias, null, null, Named(derived.Columns, columns, derived, $"derived table {alias}")));
                break;
            case InlineDerivedTable values:
                foreach (var row in values.RowValues)
                {
                    BindExpression(row, scope);
                    if (values.Columns.Count > 0 && row.ColumnValues.Count != values.Columns.Count)
                    {
                        Error(row, $"VALUES row has {row.ColumnValues.Count} values for {values.Columns.Count} columns of {values.Alias?.Value}");
                    }
                }

                var types = values.RowValues.FirstOrDefault()?.ColumnValues.Select(TypeOf).ToList() ?? [];
                scope.Sources.Add(new BoundSource(values.Alias?.Value, null, null,
                    values.Columns.Select((c, i) => new CatalogColumn(c.Value, i < types.Count ? types[i] : "")).ToList()));
                break;
            case QualifiedJoin join:
                AddSource(join.FirstTableReference, scope, outer);
                AddSource(join.SecondTableReference, scope, outer);
                BindExpression(join.SearchCondition, scope);
                break;
            case UnqualifiedJoin join:
                AddSource(join.FirstTableReference, scope, outer);
                var lateral = join.UnqualifiedJoinType is UnqualifiedJoinType.CrossApply or UnqualifiedJoinType.OuterApply;
                AddSource(join.SecondTableReference, scope, lateral ? scope : outer);
                break;
            case JoinParenthesisTableReference parenthesis:
                AddSource(parenthesis.Join, scope, outer);
                break;
            case SchemaObjectFunctionTableReference function:
                scope.Sources.Add(SourceOf(function, outer));
                break;
            case GlobalFunctionTableReference function when Same(function.Name.Value, "STRING_SPLIT") || Same(function.Name.Value, "GENERATE_SERIES"):
                BindExpressionsIn(function);
                scope.Sources.Add(new BoundSource(function.Alias?.Value ?? function.Name.Value, null, null,
                    Same(function.Name.Value, "STRING_SPLIT")
                        ? [new CatalogColumn("value", "nvarchar"), new CatalogColumn("ordinal", "bigint")]
                        : [new CatalogColumn("value", "")]));
                break;
            default:
                Error(reference, $"the binder does not know {reference.GetType().Name} in FROM: {Text(reference)}");
                scope.Sources.Add(new BoundSource(null, null, "?", [], IsUnknown: true));
                break;
        }
    }

    /// <summary>A named FROM item: a CTE in force (unqualified names only), else a table or view of the catalogue.</summary>
    private BoundSource SourceOf(NamedTableReference named, BindScope scope)
    {
        var name = named.SchemaObject;
        var alias = named.Alias?.Value;
        if (name.SchemaIdentifier is null && scope.Cte(name.BaseIdentifier.Value) is { } cte)
        {
            CheckCase(name.BaseIdentifier, cte.Name);
            return new BoundSource(alias, null, cte.Name, cte.Columns);
        }

        var found = FindObject(name, named);
        if (found is { Kind: "function" })
        {
            Error(named, $"{found.QualifiedName} is a function: it needs its arguments");
        }

        return found is null
            ? new BoundSource(alias, name.SchemaIdentifier?.Value ?? "dbo", name.BaseIdentifier.Value, [], IsUnknown: true)
            : new BoundSource(alias, found.Schema, found.Name, found.Columns);
    }

    /// <summary>A user function in FROM: an inline table-valued function of the catalogue, called with its arguments.</summary>
    private BoundSource SourceOf(SchemaObjectFunctionTableReference function, BindScope outer)
    {
        foreach (var argument in function.Parameters)
        {
            BindExpression(argument, outer);
        }

        var name = function.SchemaObject;
        var alias = function.Alias?.Value;
        var found = FindObject(name, function);
        if (found is null)
        {
            return new BoundSource(alias, name.SchemaIdentifier?.Value ?? "dbo", name.BaseIdentifier.Value, [], IsUnknown: true);
        }

        if (found.Kind != "function")
        {
            Error(function, $"{found.QualifiedName} is a {found.Kind}, not a function");
        }
        else if (function.Parameters.Count != found.Parameters.Count)
        {
            Error(function, $"{found.QualifiedName} takes {found.Parameters.Count} arguments, not {function.Parameters.Count}");
        }

        var columns = function.Columns.Count > 0 ? Named(function.Columns, found.Columns, function, $"{found.QualifiedName} AS {alias}") : found.Columns;
        return new BoundSource(alias, found.Schema, found.Name, columns);
    }

    /// <summary>Finds a FROM reference to one name (a recursive CTE referring to itself).</summary>
    private sealed class NamedTableFinder(string name) : TSqlFragmentVisitor
    {
        public bool Found { get; private set; }

        public override void Visit(NamedTableReference node) =>
            Found |= node.SchemaObject.SchemaIdentifier is null && Same(node.SchemaObject.BaseIdentifier.Value, name);
    }
}
