using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ShopSmart.Tests.Schema.Binding;

/// <summary>INSERT, UPDATE, DELETE and MERGE: their target, the columns they write and what they write into them.</summary>
public sealed partial class TSqlBinder
{
    private void BindInsert(InsertStatement insert)
    {
        var spec = insert.InsertSpecification;
        var scope = BindCtes(insert.WithCtesAndXmlNamespaces, new BindScope(null));
        var target = TargetOf(spec.Target, scope);
        var written = WrittenColumns(target, spec.Columns, spec);
        var count = spec.InsertSource switch
        {
            SelectInsertSource select => BindQuery(select.Select, scope).Count,
            ValuesInsertSource { IsDefaultValues: true } => 0,
            ValuesInsertSource values => BindValueRows(values, scope),
            _ => -1,
        };
        if (target is not null && count >= 0 && !(spec.InsertSource is ValuesInsertSource { IsDefaultValues: true }) && count != written.Count)
        {
            Error(spec, $"INSERT into {target.QualifiedName} names {written.Count} columns but gives {count} values");
        }

        if (target is not null)
        {
            var missing = target.Columns.Where(c => c.IsRequired && !written.Contains(c)).Select(c => c.Name).ToList();
            if (missing.Count > 0)
            {
                Error(spec, $"INSERT into {target.QualifiedName} leaves NOT NULL column(s) without a default unset: {string.Join(", ", missing)}");
            }
        }

        BindOutput(spec.OutputClause, spec.OutputIntoClause, target, inserted: true, deleted: false);
    }

    /// <summary>The rows of a VALUES insert: each binds, and each has as many values as the first.</summary>
    private int BindValueRows(ValuesInsertSource values, BindScope scope)
    {
        var count = values.RowValues.FirstOrDefault()?.ColumnValues.Count ?? 0;
        foreach (var row in values.RowValues)
        {
            BindExpression(row, scope);
            if (row.ColumnValues.Count != count)
            {
                Error(row, $"VALUES rows of {count} and {row.ColumnValues.Count} values");
            }
        }

        return count;
    }

    /// <summary>The columns an INSERT fills: its list, checked against the target, or every column it may fill.</summary>
    private List<CatalogColumn> WrittenColumns(CatalogObject? target, IList<ColumnReferenceExpression> columns, TSqlFragment node)
    {
        if (target is null)
        {
            return columns.Select(c => new CatalogColumn(c.MultiPartIdentifier.Identifiers[^1].Value, "")).ToList();
        }

        if (columns.Count == 0)
        {
            return target.Columns.Where(c => !c.IsIdentity).ToList();
        }

        var written = new List<CatalogColumn>();
        foreach (var reference in columns)
        {
            var column = TargetColumn(target, reference);
            if (column is null)
            {
                continue;
            }

            if (written.Contains(column))
            {
                Error(reference, $"column {column.Name} of {target.QualifiedName} is written twice");
            }

            if (column.IsIdentity)
            {
                Error(reference, $"{target.QualifiedName}.{column.Name} is an IDENTITY column: the server fills it in");
            }

            written.Add(column);
        }

        return written;
    }

    private CatalogColumn? TargetColumn(CatalogObject target, ColumnReferenceExpression reference)
    {
        var name = reference.MultiPartIdentifier.Identifiers[^1];
        var column = target.Column(name.Value);
        if (column is null)
        {
            Error(reference, $"unknown column '{name.Value}' in {target.QualifiedName}");
            return null;
        }

        CheckCase(name, column.Name);
        return column;
    }

    private void BindUpdate(UpdateStatement update)
    {
        var spec = update.UpdateSpecification;
        var (target, scope) = ModificationScope(update.WithCtesAndXmlNamespaces, spec.Target, spec.FromClause);
        foreach (var clause in spec.SetClauses)
        {
            if (clause is AssignmentSetClause { Column: { } column } assignment)
            {
                if (target is not null)
                {
                    var written = TargetColumn(target, column);
                    if (written is { IsIdentity: true })
                    {
                        Error(column, $"{target.QualifiedName}.{written.Name} is an IDENTITY column and cannot be updated");
                    }
                }

                BindExpression(assignment.NewValue, scope);
            }
            else
            {
                BindExpression(clause, scope);
            }
        }

        BindExpression(spec.WhereClause, scope);
        BindExpression(spec.TopRowFilter, scope);
        BindOutput(spec.OutputClause, spec.OutputIntoClause, target, inserted: true, deleted: true);
    }

    private void BindDelete(DeleteStatement delete)
    {
        var spec = delete.DeleteSpecification;
        var (target, scope) = ModificationScope(delete.WithCtesAndXmlNamespaces, spec.Target, spec.FromClause);
        BindExpression(spec.WhereClause, scope);
        BindExpression(spec.TopRowFilter, scope);
        BindOutput(spec.OutputClause, spec.OutputIntoClause, target, inserted: false, deleted: true);
    }

    /// <summary>
    /// The table an UPDATE or DELETE writes and the scope its expressions see. With a FROM clause the target must be
    /// one of its items (by alias, or by name when not aliased): otherwise the server adds the table a second time,
    /// unjoined, and every row of it is written.
    /// </summary>
    private (CatalogObject? Target, BindScope Scope) ModificationScope(WithCtesAndXmlNamespaces? with, TableReference targetReference, FromClause? from)
    {
        var ctes = BindCtes(with, new BindScope(null));
        var scope = new BindScope(ctes);
        if (targetReference is not NamedTableReference named)
        {
            Error(targetReference, $"the binder does not know {targetReference.GetType().Name} as a target");
            return (null, scope);
        }

        if (from is null)
        {
            var target = TargetOf(named, ctes);
            scope.Sources.Add(target is null
                ? new BoundSource(null, null, "?", [], IsUnknown: true)
                : new BoundSource(named.Alias?.Value, target.Schema, target.Name, target.Columns));
            return (target, scope);
        }

        foreach (var reference in from.TableReferences)
        {
            AddSource(reference, scope, ctes);
        }

        var parts = named.SchemaObject.Identifiers.Select(i => i.Value).ToList();
        var source = scope.Sources.FirstOrDefault(s => s.IsNamedBy(parts));
        if (source is null)
        {
            Error(named, $"target {string.Join('.', parts)} is not an item of the FROM clause (the server would add it unjoined)");
            return (null, scope);
        }

        var written = source is { IsUnknown: false, Schema: not null, Name: not null } ? Catalog.Find(source.Schema, source.Name) : null;
        if (written is null && !source.IsUnknown)
        {
            Error(named, $"target {source.ExposedName} is not a table");
        }

        return (written, scope);
    }

    /// <summary>The table or view written to; a CTE target (updatable CTE) is not followed to its base table.</summary>
    private CatalogObject? TargetOf(TableReference reference, BindScope scope)
    {
        if (reference is not NamedTableReference named)
        {
            Error(reference, $"the binder does not know {reference.GetType().Name} as a target");
            return null;
        }

        if (named.SchemaObject.SchemaIdentifier is null && scope.Cte(named.SchemaObject.BaseIdentifier.Value) is not null)
        {
            Error(named, "writing through a CTE: the binder cannot check the base table's columns");
            return null;
        }

        var found = FindObject(named.SchemaObject, named);
        if (found is { Kind: "function" })
        {
            Error(named, $"{found.QualifiedName} is a function: it needs its arguments");
            return null;
        }

        return found;
    }

    private void BindOutput(OutputClause? output, OutputIntoClause? into, CatalogObject? target, bool inserted, bool deleted)
    {
        var scope = new BindScope(null);
        var columns = target?.Columns ?? [];
        if (inserted)
        {
            scope.Sources.Add(new BoundSource("inserted", null, null, columns, IsUnknown: target is null));
        }

        if (deleted)
        {
            scope.Sources.Add(new BoundSource("deleted", null, null, columns, IsUnknown: target is null));
        }

        foreach (var element in output?.SelectColumns ?? [])
        {
            SelectColumns(element, scope).ToList();
        }

        foreach (var element in into?.SelectColumns ?? [])
        {
            SelectColumns(element, scope).ToList();
        }
    }

    private void BindMerge(MergeStatement merge)
    {
        var spec = merge.MergeSpecification;
        var ctes = BindCtes(merge.WithCtesAndXmlNamespaces, new BindScope(null));
        var scope = new BindScope(ctes);
        var target = TargetOf(spec.Target, ctes);
        var targetAlias = spec.TableAlias?.Value ?? (spec.Target as NamedTableReference)?.Alias?.Value;
        scope.Sources.Add(target is null
            ? new BoundSource(targetAlias, null, "?", [], IsUnknown: true)
            : new BoundSource(targetAlias, target.Schema, target.Name, target.Columns));
        AddSource(spec.TableReference, scope, ctes);
        BindExpression(spec.SearchCondition, scope);
        foreach (var action in spec.ActionClauses)
        {
            BindExpression(action.SearchCondition, scope);
            switch (action.Action)
            {
                case UpdateMergeAction update:
                    foreach (var clause in update.SetClauses.OfType<AssignmentSetClause>())
                    {
                        if (target is not null && clause.Column is not null)
                        {
                            TargetColumn(target, clause.Column);
                        }

                        BindExpression(clause.NewValue, scope);
                    }

                    break;
                case InsertMergeAction insert:
                    var written = WrittenColumns(target, insert.Columns, insert);
                    var count = insert.Source is ValuesInsertSource values ? BindValueRows(values, scope) : written.Count;
                    if (target is not null && count != written.Count)
                    {
                        Error(insert, $"MERGE INSERT into {target.QualifiedName} names {written.Count} columns but gives {count} values");
                    }

                    break;
            }
        }

        BindOutput(spec.OutputClause, spec.OutputIntoClause, target, inserted: true, deleted: true);
    }
}
