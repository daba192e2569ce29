using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ShopSmart.Tests.Schema;

/// <summary>Reads the tables and views a folder of T-SQL scripts defines, by parsing them with ScriptDom.</summary>
public static class TSqlSchemaReader
{
    public static IReadOnlyList<ParseError> ParseErrors(string script)
    {
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script), out var errors);
        return errors.ToList();
    }

    public static Dictionary<string, SchemaObject> Read(string folder)
    {
        var objects = new Dictionary<string, SchemaObject>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in Directory.EnumerateFiles(folder, "*.sql", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var fragment = new TSql160Parser(true).Parse(new StringReader(File.ReadAllText(path)), out var errors);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"{path}: {errors[0].Message} (line {errors[0].Line})");
            }

            fragment.Accept(new DefinitionVisitor(objects));
        }

        return objects;
    }

    private static string Name(SchemaObjectName name) =>
        $"{name.SchemaIdentifier?.Value ?? "dbo"}.{name.BaseIdentifier.Value}".ToLowerInvariant();

    /// <summary>Applies each script's definitions in order: later scripts add columns to, drop or re-create objects.</summary>
    private sealed class DefinitionVisitor(Dictionary<string, SchemaObject> objects) : TSqlFragmentVisitor
    {
        public override void ExplicitVisit(CreateTableStatement node)
        {
            var columns = node.Definition.ColumnDefinitions.ToDictionary(
                c => c.ColumnIdentifier.Value.ToLowerInvariant(),
                c => TypeFamily(c.DataType),
                StringComparer.OrdinalIgnoreCase);
            Add(new SchemaObject(Name(node.SchemaObjectName), "table", columns));
        }

        public override void ExplicitVisit(AlterTableAddTableElementStatement node)
        {
            var table = objects[Name(node.SchemaObjectName)];
            var columns = new Dictionary<string, string>(table.Columns, StringComparer.OrdinalIgnoreCase);
            foreach (var column in node.Definition.ColumnDefinitions)
            {
                columns[column.ColumnIdentifier.Value.ToLowerInvariant()] = TypeFamily(column.DataType);
            }

            Add(table with { Columns = columns });
        }

        public override void ExplicitVisit(DropTableStatement node)
        {
            foreach (var name in node.Objects)
            {
                objects.Remove(Name(name));
            }
        }

        private void Add(SchemaObject item) => objects[item.Name] = item;

        public override void ExplicitVisit(CreateViewStatement node) => AddView(node);

        public override void ExplicitVisit(CreateOrAlterViewStatement node) => AddView(node);

        private void AddView(ViewStatementBody node)
        {
            IEnumerable<string> names = node.Columns.Count > 0
                ? node.Columns.Select(c => c.Value)
                : OutputColumns(node.SelectStatement.QueryExpression);
            var columns = names.ToDictionary(n => n.ToLowerInvariant(), _ => "any", StringComparer.OrdinalIgnoreCase);
            Add(new SchemaObject(Name(node.SchemaObjectName), "view", columns));
        }

        private static IEnumerable<string> OutputColumns(QueryExpression query) => query switch
        {
            QuerySpecification spec => spec.SelectElements.Select(ElementName),
            BinaryQueryExpression binary => OutputColumns(binary.FirstQueryExpression),
            QueryParenthesisExpression paren => OutputColumns(paren.QueryExpression),
            _ => throw new NotSupportedException($"View query of type {query.GetType().Name}"),
        };

        private static string ElementName(SelectElement element) => element switch
        {
            SelectScalarExpression { ColumnName: not null } aliased => aliased.ColumnName.Value,
            SelectScalarExpression { Expression: ColumnReferenceExpression column } =>
                column.MultiPartIdentifier.Identifiers[^1].Value,
            _ => throw new NotSupportedException(
                $"View column at line {element.StartLine} needs an alias so both dialects can be compared."),
        };

        private static string TypeFamily(DataTypeReference type)
        {
            var name = type.Name.BaseIdentifier.Value.ToLowerInvariant();
            return name switch
            {
                "int" => "int32",
                "bigint" => "int64",
                "smallint" or "tinyint" => "int16",
                "decimal" or "numeric" or "money" => "decimal",
                "float" or "real" => "float",
                "bit" => "boolean",
                "date" => "date",
                "datetime" or "datetime2" or "smalldatetime" => "timestamp",
                "varchar" or "nvarchar" or "char" or "nchar" => "text",
                "uniqueidentifier" => "uuid",
                _ => name,
            };
        }
    }
}
