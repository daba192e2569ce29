using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ShopSmart.Tests.Schema.Binding;

/// <summary>Definitions: what the migration scripts create, alter and drop, each checked and applied to the catalogue.</summary>
public sealed partial class TSqlBinder
{
    private void BindDefinition(TSqlStatement statement)
    {
        switch (statement)
        {
            case CreateSchemaStatement schema:
                Catalog.AddSchema(schema.Name.Value);
                break;
            case CreateTableStatement table:
                CreateTable(table);
                break;
            case AlterTableAddTableElementStatement add:
                AlterTable(add, add.Definition);
                break;
            case AlterTableDropTableElementStatement drop:
                DropColumns(drop);
                break;
            case AlterTableAlterColumnStatement alter:
                AlterColumn(alter);
                break;
            case DropTableStatement or DropViewStatement:
                Drop((DropObjectsStatement)statement);
                break;
            case ViewStatementBody view:
                CreateView(view);
                break;
            case FunctionStatementBody function:
                CreateFunction(function);
                break;
            case CreateSequenceStatement sequence:
                RequireSchema(sequence.Name);
                Catalog.AddSequence(sequence.Name.SchemaIdentifier?.Value ?? "dbo", sequence.Name.BaseIdentifier.Value);
                break;
            case CreateIndexStatement index:
                IndexColumns(index.OnName, index, index.Columns.Select(c => c.Column).Concat(index.IncludeColumns), index.FilterPredicate);
                break;
            case CreateColumnStoreIndexStatement index:
                IndexColumns(index.OnName, index, index.Columns, index.FilterPredicate);
                break;
            case CreateRoleStatement role:
                Catalog.AddRole(role.Name.Value);
                break;
            case SecurityStatement security:
                CheckGrant(security);
                break;
            default:
                Error(statement, $"the binder does not know {statement.GetType().Name} statements: teach it (Schema/Binding) or avoid them");
                break;
        }
    }

    private void RequireSchema(SchemaObjectName name)
    {
        var schema = name.SchemaIdentifier;
        if (schema is not null && !name.BaseIdentifier.Value.StartsWith('#'))
        {
            if (Catalog.Schema(schema.Value) is { } declared)
            {
                CheckCase(schema, declared);
            }
            else
            {
                Error(schema, $"unknown schema {schema.Value}");
            }
        }
    }

    private void CreateTable(CreateTableStatement create)
    {
        var name = create.SchemaObjectName;
        RequireSchema(name);
        var schema = name.SchemaIdentifier?.Value ?? "dbo";
        if (Catalog.Find(schema, name.BaseIdentifier.Value) is not null)
        {
            Error(create, $"{schema}.{name.BaseIdentifier.Value} already exists");
        }

        var table = new CatalogObject(schema, name.BaseIdentifier.Value, "table", []);
        Catalog.Put(table);
        AlterTable(create, create.Definition, table);
    }

    /// <summary>Adds a definition's columns to a table, then checks its constraints (which may name them).</summary>
    private void AlterTable(TSqlStatement statement, TableDefinition definition, CatalogObject? table = null)
    {
        if (table is null && statement is AlterTableStatement alter)
        {
            table = FindObject(alter.SchemaObjectName, alter);
        }

        if (table is null)
        {
            return;
        }

        var primaryKey = definition.TableConstraints.OfType<UniqueConstraintDefinition>().Where(u => u.IsPrimaryKey)
            .SelectMany(u => u.Columns).Select(c => c.Column.MultiPartIdentifier.Identifiers[^1].Value)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var columns = table.Columns.ToList();
        foreach (var column in definition.ColumnDefinitions)
        {
            if (table.Column(column.ColumnIdentifier.Value) is not null)
            {
                Error(column, $"{table.QualifiedName} already has a column {column.ColumnIdentifier.Value}");
            }

            var notNull = column.Constraints.OfType<NullableConstraintDefinition>().Any(n => !n.Nullable)
                || column.Constraints.OfType<UniqueConstraintDefinition>().Any(u => u.IsPrimaryKey)
                || primaryKey.Contains(column.ColumnIdentifier.Value);
            columns.Add(new CatalogColumn(
                column.ColumnIdentifier.Value,
                column.DataType is null ? "" : Text(column.DataType).ToLowerInvariant(),
                IsNullable: !notNull,
                HasDefault: column.DefaultConstraint is not null || column.ComputedColumnExpression is not null,
                IsIdentity: column.IdentityOptions is not null,
                Collation: column.Collation?.Value
                    ?? (column.DataType is SqlDataTypeReference { SqlDataTypeOption: SqlDataTypeOption.NVarChar or SqlDataTypeOption.VarChar or SqlDataTypeOption.NChar or SqlDataTypeOption.Char }
                        ? CatalogColumn.DatabaseDefault
                        : null)));
        }

        table = table with { Columns = columns };
        Catalog.Put(table);
        CheckConstraints(table, definition);
    }

    private void CheckConstraints(CatalogObject table, TableDefinition definition)
    {
        var scope = new BindScope(null);
        scope.Sources.Add(new BoundSource(null, table.Schema, table.Name, table.Columns));
        foreach (var column in definition.ColumnDefinitions)
        {
            BindExpression(column.DefaultConstraint?.Expression, scope);
            BindExpression(column.ComputedColumnExpression, scope);
            foreach (var constraint in column.Constraints)
            {
                CheckConstraint(constraint, table, scope);
            }
        }

        foreach (var constraint in definition.TableConstraints)
        {
            CheckConstraint(constraint, table, scope);
        }
    }

    private void CheckConstraint(ConstraintDefinition constraint, CatalogObject table, BindScope scope)
    {
        switch (constraint)
        {
            case UniqueConstraintDefinition unique:
                foreach (var column in unique.Columns)
                {
                    TargetColumn(table, column.Column);
                }

                break;
            case ForeignKeyConstraintDefinition foreignKey:
                foreach (var column in foreignKey.Columns)
                {
                    TargetColumn(table, new ColumnReferenceExpression { MultiPartIdentifier = new MultiPartIdentifier { Identifiers = { column } } });
                }

                if (FindObject(foreignKey.ReferenceTableName, foreignKey) is { } referenced)
                {
                    foreach (var column in foreignKey.ReferencedTableColumns.Where(c => referenced.Column(c.Value) is null))
                    {
                        Error(column, $"unknown column '{column.Value}' in {referenced.QualifiedName}");
                    }
                }

                break;
            case CheckConstraintDefinition check:
                BindExpression(check.CheckCondition, scope);
                break;
            case DefaultConstraintDefinition defaultValue:
                BindExpression(defaultValue.Expression, scope);
                break;
        }
    }

    private void DropColumns(AlterTableDropTableElementStatement drop)
    {
        var table = FindObject(drop.SchemaObjectName, drop);
        if (table is null)
        {
            return;
        }

        var dropped = drop.AlterTableDropTableElements.Where(e => e.TableElementType == TableElementType.Column).Select(e => e.Name).ToList();
        foreach (var name in dropped.Where(n => table.Column(n.Value) is null))
        {
            Error(name, $"unknown column '{name.Value}' in {table.QualifiedName}");
        }

        Catalog.Put(table with { Columns = table.Columns.Where(c => !dropped.Any(d => Same(d.Value, c.Name))).ToList() });
    }

    private void AlterColumn(AlterTableAlterColumnStatement alter)
    {
        var table = FindObject(alter.SchemaObjectName, alter);
        var column = table?.Column(alter.ColumnIdentifier.Value);
        if (table is null || column is null)
        {
            if (table is not null)
            {
                Error(alter.ColumnIdentifier, $"unknown column '{alter.ColumnIdentifier.Value}' in {table.QualifiedName}");
            }

            return;
        }

        var changed = column with
        {
            Type = alter.DataType is null ? column.Type : Text(alter.DataType).ToLowerInvariant(),
            // ALTER COLUMN without NOT NULL makes the column nullable again, whatever it was.
            IsNullable = !Text(alter).Contains("NOT NULL", StringComparison.OrdinalIgnoreCase),
        };
        Catalog.Put(table with { Columns = table.Columns.Select(c => c == column ? changed : c).ToList() });
    }

    private void Drop(DropObjectsStatement drop)
    {
        foreach (var name in drop.Objects)
        {
            var schema = name.SchemaIdentifier?.Value ?? "dbo";
            var kind = drop is DropViewStatement ? "view" : "table";
            if (Catalog.Find(schema, name.BaseIdentifier.Value) is { } found && found.Kind != kind)
            {
                Error(name, $"cannot drop {found.QualifiedName} as a {kind}: it is a {found.Kind}");
                continue;
            }

            if (!Catalog.Remove(schema, name.BaseIdentifier.Value) && !drop.IsIfExists)
            {
                Error(name, $"cannot drop {schema}.{name.BaseIdentifier.Value}: it does not exist");
            }
        }
    }

    /// <summary>
    /// The name a CREATE / ALTER / CREATE OR ALTER of a view or function defines: its schema must exist, CREATE needs a
    /// free name, ALTER an existing one, and no object of another kind may hold it. Returns the schema.
    /// </summary>
    private string CheckDefinedName(TSqlStatement statement, SchemaObjectName name, string kind, bool isCreate, bool isAlter)
    {
        RequireSchema(name);
        var schema = name.SchemaIdentifier?.Value ?? "dbo";
        var existing = Catalog.Find(schema, name.BaseIdentifier.Value);
        if (existing is not null && existing.Kind != kind)
        {
            Error(statement, $"{existing.QualifiedName} is a {existing.Kind}: a {kind} cannot take its name");
        }
        else if (isCreate && existing is not null)
        {
            Error(statement, $"{schema}.{name.BaseIdentifier.Value} already exists (CREATE OR ALTER {kind.ToUpperInvariant()} re-runs)");
        }
        else if (isAlter && existing is null)
        {
            Error(statement, $"cannot alter {schema}.{name.BaseIdentifier.Value}: it does not exist");
        }

        return schema;
    }

    /// <summary>A view binds its query and exposes its output columns, each named once.</summary>
    private void CreateView(ViewStatementBody view)
    {
        var name = view.SchemaObjectName;
        var schema = CheckDefinedName(view, name, "view", view is CreateViewStatement, view is AlterViewStatement);
        var columns = BindSelect(view.SelectStatement, new BindScope(null));
        var named = Named(view.Columns, columns, view, $"view {schema}.{name.BaseIdentifier.Value}");
        Catalog.Put(new CatalogObject(schema, name.BaseIdentifier.Value, "view", named));
    }

    /// <summary>
    /// An inline table-valued function binds its query with its parameters in scope (they are its own, not the
    /// statement's), and is then a FROM source taking exactly those arguments. Other kinds of function are refused.
    /// </summary>
    private void CreateFunction(FunctionStatementBody function)
    {
        var name = function.Name;
        if (function.ReturnType is not SelectFunctionReturnType inline)
        {
            Error(function, $"the binder knows inline table-valued functions only, not {name.BaseIdentifier.Value}'s {function.ReturnType?.GetType().Name}");
            return;
        }

        var schema = CheckDefinedName(function, name, "function", function is CreateFunctionStatement, function is AlterFunctionStatement);
        // The body sees the function's parameters and nothing else: no variable declared earlier in the script, and
        // a variable it uses that is not a parameter is an error (the server refuses the CREATE), not the statement's.
        var parameters = function.Parameters.Select(p => p.VariableName.Value.TrimStart('@')).ToList();
        var outerDeclared = _declared.ToList();
        var outerParameters = Parameters.ToList();
        _declared.Clear();
        _declared.UnionWith(parameters);
        Parameters.Clear();
        var columns = BindSelect(inline.SelectStatement, new BindScope(null));
        var undeclared = Parameters.ToList();
        _declared.Clear();
        _declared.UnionWith(outerDeclared);
        Parameters.Clear();
        foreach (var (variable, line) in outerParameters)
        {
            Parameters[variable] = line;
        }

        foreach (var (variable, line) in undeclared)
        {
            Errors.Add(new BindError(Script, line, $"@{variable} is not a parameter of {schema}.{name.BaseIdentifier.Value} (Must declare the scalar variable)"));
        }

        var named = Named([], columns, function, $"function {schema}.{name.BaseIdentifier.Value}");
        Catalog.Put(new CatalogObject(schema, name.BaseIdentifier.Value, "function", named) { Parameters = parameters });
    }

    private void IndexColumns(SchemaObjectName table, TSqlFragment node, IEnumerable<ColumnReferenceExpression> columns, BooleanExpression? filter)
    {
        var found = FindObject(table, node);
        if (found is null)
        {
            return;
        }

        foreach (var column in columns)
        {
            TargetColumn(found, column);
        }

        var scope = new BindScope(null);
        scope.Sources.Add(new BoundSource(null, found.Schema, found.Name, found.Columns));
        BindExpression(filter, scope);
    }

    /// <summary>GRANT/DENY/REVOKE: the schema or object and the roles must exist.</summary>
    private void CheckGrant(SecurityStatement security)
    {
        var target = security.SecurityTargetObject;
        if (target?.ObjectName is { } objectName)
        {
            var parts = objectName.MultiPartIdentifier.Identifiers;
            if (target.ObjectKind == SecurityObjectKind.Schema)
            {
                if (Catalog.Schema(parts[^1].Value) is null)
                {
                    Error(target, $"unknown schema {parts[^1].Value}");
                }
            }
            else if (target.ObjectKind is SecurityObjectKind.NotSpecified or SecurityObjectKind.Object)
            {
                var schema = parts.Count > 1 ? parts[^2].Value : "dbo";
                if (Catalog.Find(schema, parts[^1].Value) is null && Catalog.Sequence(schema, parts[^1].Value) is null)
                {
                    Error(target, $"unknown table, view or sequence {schema}.{parts[^1].Value}");
                }
            }
        }

        foreach (var principal in security.Principals.Where(p => p.Identifier is not null && !Catalog.HasRole(p.Identifier.Value)))
        {
            Error(principal, $"unknown role {principal.Identifier.Value}");
        }
    }
}
