using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ShopSmart.Tests.Schema.Binding;

/// <summary>Scalar expressions: column references, subqueries, parameters, sequences, and the type each one has.</summary>
public sealed partial class TSqlBinder
{
    private static readonly HashSet<string> FloatFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "LOG", "LOG10", "EXP", "SQRT", "SQUARE", "PERCENTILE_CONT", "PERCENT_RANK", "CUME_DIST", "STDEV", "STDEVP", "VAR", "VARP", "RAND", "PI",
    };

    private static readonly HashSet<string> FirstArgumentFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "MIN", "MAX", "ABS", "FLOOR", "CEILING", "ROUND", "SIGN", "POWER", "LAG", "LEAD", "FIRST_VALUE", "LAST_VALUE", "ISNULL",
        "SUM", "AVG", "PERCENTILE_DISC",
    };

    private static readonly HashSet<string> TextFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "CONCAT", "CONCAT_WS", "TRIM", "LTRIM", "RTRIM", "UPPER", "LOWER", "REPLACE", "SUBSTRING", "FORMAT", "STRING_AGG", "DATENAME",
    };

    private readonly Dictionary<TSqlFragment, string> _types = [];

    private readonly Dictionary<ColumnReferenceExpression, CatalogColumn> _columns = [];

    /// <summary>Binds every name inside a fragment (an expression, a clause) and returns its type when it has one.</summary>
    private string BindExpression(TSqlFragment? fragment, BindScope scope)
    {
        if (fragment is null)
        {
            return "";
        }

        fragment.Accept(new ExpressionBinder(this, scope));
        return fragment is ScalarExpression scalar ? TypeOf(scalar) : "";
    }

    private void UseVariable(VariableReference variable)
    {
        var name = variable.Name.TrimStart('@');
        if (!_declared.Contains(name))
        {
            Parameters.TryAdd(name, variable.StartLine + _lineOffset);
        }
    }

    private void CheckSequence(SchemaObjectName name, TSqlFragment node)
    {
        var schema = name.SchemaIdentifier?.Value ?? "dbo";
        var found = Catalog.Sequence(schema, name.BaseIdentifier.Value);
        if (found is null)
        {
            Error(node, $"unknown sequence {schema}.{name.BaseIdentifier.Value}");
        }
        else
        {
            CheckCase(name.BaseIdentifier, found[(found.IndexOf('.', StringComparison.Ordinal) + 1)..]);
        }
    }

    /// <summary>The type T-SQL gives an expression, as far as the binder can tell; empty when it cannot.</summary>
    private string TypeOf(ScalarExpression? expression) => expression switch
    {
        null => "",
        ColumnReferenceExpression or ScalarSubquery => _types.GetValueOrDefault(expression, ""),
        IntegerLiteral => "int",
        NumericLiteral => "decimal",
        RealLiteral => "float",
        MoneyLiteral => "money",
        StringLiteral text => text.IsNational ? "nvarchar" : "varchar",
        CastCall cast => Text(cast.DataType).ToLowerInvariant(),
        ConvertCall convert => Text(convert.DataType).ToLowerInvariant(),
        TryCastCall cast => Text(cast.DataType).ToLowerInvariant(),
        TryConvertCall convert => Text(convert.DataType).ToLowerInvariant(),
        ParenthesisExpression parenthesis => TypeOf(parenthesis.Expression),
        UnaryExpression unary => TypeOf(unary.Expression),
        BinaryExpression binary => Wider(TypeOf(binary.FirstExpression), TypeOf(binary.SecondExpression), binary.BinaryExpressionType),
        CoalesceExpression coalesce => coalesce.Expressions.Select(TypeOf).Aggregate("", (a, b) => Wider(a, b, BinaryExpressionType.Add)),
        NullIfExpression nullIf => TypeOf(nullIf.FirstExpression),
        IIfCall iif => Wider(TypeOf(iif.ThenExpression), TypeOf(iif.ElseExpression), BinaryExpressionType.Add),
        SearchedCaseExpression searched => Branches(searched.WhenClauses.Select(w => w.ThenExpression), searched.ElseExpression),
        SimpleCaseExpression simple => Branches(simple.WhenClauses.Select(w => w.ThenExpression), simple.ElseExpression),
        LeftFunctionCall or RightFunctionCall => "nvarchar",
        FunctionCall call => FunctionType(call),
        _ => "",
    };

    private string Branches(IEnumerable<ScalarExpression> thens, ScalarExpression? otherwise) =>
        thens.Append(otherwise).Select(TypeOf).Aggregate("", (a, b) => Wider(a, b, BinaryExpressionType.Add));

    private string FunctionType(FunctionCall call)
    {
        var name = call.FunctionName.Value.ToUpperInvariant();
        var first = call.Parameters.Count > 0 ? TypeOf(call.Parameters[0]) : "";
        return name switch
        {
            "COUNT" or "DATEDIFF" or "DATEPART" or "YEAR" or "MONTH" or "DAY" or "LEN" or "DATALENGTH" => "int",
            "COUNT_BIG" or "ROW_NUMBER" or "RANK" or "DENSE_RANK" or "NTILE" or "DATEDIFF_BIG" => "bigint",
            "DATEADD" when call.Parameters.Count == 3 => TypeOf(call.Parameters[2]),
            "GETDATE" or "GETUTCDATE" or "SYSDATETIME" or "SYSUTCDATETIME" => "datetime2",
            "EOMONTH" or "DATEFROMPARTS" => "date",
            "COALESCE" => call.Parameters.Select(TypeOf).Aggregate("", (a, b) => Wider(a, b, BinaryExpressionType.Add)),
            _ when FloatFunctions.Contains(name) => "float",
            _ when TextFunctions.Contains(name) => "nvarchar",
            _ when FirstArgumentFunctions.Contains(name) => first,
            _ => "",
        };
    }

    /// <summary>The type of an arithmetic result: the operand of higher precedence; text for string concatenation.</summary>
    private static string Wider(string a, string b, BinaryExpressionType operation)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == 0 ? b : a;
        }

        if (operation == BinaryExpressionType.Add && (IsText(a) || IsText(b)))
        {
            return "nvarchar";
        }

        return Precedence(a) >= Precedence(b) ? a : b;
    }

    private static string BaseType(string type)
    {
        var open = type.IndexOf('(', StringComparison.Ordinal);
        return (open < 0 ? type : type[..open]).Trim().ToLowerInvariant();
    }

    private static bool IsText(string type) => BaseType(type) is "varchar" or "nvarchar" or "char" or "nchar";

    public static bool IsInteger(string type) => Precedence(type) is >= 1 and <= 5;

    private static int Precedence(string type) => BaseType(type) switch
    {
        "bit" => 1,
        "tinyint" => 2,
        "smallint" => 3,
        "int" => 4,
        "bigint" => 5,
        "decimal" or "numeric" or "money" or "smallmoney" => 6,
        "float" or "real" => 7,
        _ => 0,
    };

    /// <summary>
    /// The collation a column passed through as it is carries (its declared one, or the database's), or null: not a
    /// column, not text, not known, or given one explicitly with COLLATE (which then wins any comparison).
    /// </summary>
    private string? ImplicitCollation(ScalarExpression? expression) => expression switch
    {
        ParenthesisExpression parenthesis => ImplicitCollation(parenthesis.Expression),
        PrimaryExpression { Collation: not null } => null,
        ColumnReferenceExpression reference => _columns.GetValueOrDefault(reference)?.Collation,
        FunctionCall { Collation: null } call when CollationKeepingFunctions.Contains(call.FunctionName.Value) && call.Parameters.Count > 0
            => ImplicitCollation(call.Parameters[0]),
        LeftFunctionCall { Collation: null, Parameters.Count: > 0 } left => ImplicitCollation(left.Parameters[0]),
        RightFunctionCall { Collation: null, Parameters.Count: > 0 } right => ImplicitCollation(right.Parameters[0]),
        _ => null,
    };

    // Logarithms raise an error at 0 or below on the server (DuckDB: -inf, or an error), and data has such values.
    // (SQRT is left out: the scripts take it of sums of squares only, never negative.)
    private static readonly HashSet<string> DomainFunctions = new(StringComparer.OrdinalIgnoreCase) { "LOG", "LOG10" };

    /// <summary>A CASE (or NULLIF, or a constant) decides inside the call what reaches it, through any CAST or parentheses.</summary>
    private static bool IsGuarded(ScalarExpression argument) => argument switch
    {
        ParenthesisExpression parenthesis => IsGuarded(parenthesis.Expression),
        CastCall cast => IsGuarded(cast.Parameter),
        ConvertCall convert => IsGuarded(convert.Parameter),
        FunctionCall { FunctionName.Value: var name } call when name.Equals("ABS", StringComparison.OrdinalIgnoreCase) && call.Parameters.Count == 1
            => IsGuarded(call.Parameters[0]),
        SearchedCaseExpression or SimpleCaseExpression or NullIfExpression or Literal => true,
        _ => false,
    };

    // Functions whose text result keeps the collation of their (first) text argument.
    private static readonly HashSet<string> CollationKeepingFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "TRIM", "LTRIM", "RTRIM", "UPPER", "LOWER", "SUBSTRING", "REPLACE",
    };

    /// <summary>
    /// Two text columns compared with different implicit collations (one declared BIN2, the other the database's) are
    /// error 468 on the server, "Cannot resolve the collation conflict", raised when the statement compiles, whatever
    /// the data; DuckDB has no collations to disagree. One side needs an explicit COLLATE.
    /// </summary>
    private void CheckCollations(ScalarExpression first, ScalarExpression second, TSqlFragment node)
    {
        var a = ImplicitCollation(first);
        var b = ImplicitCollation(second);
        if (a is not null && b is not null && !string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            Error(node, $"collation conflict in {Text(node)}: {a} against {b} (add COLLATE to one side)");
        }
    }

    /// <summary>Walks one expression or clause, resolving names in the scope it is given; subqueries get their own.</summary>
    private sealed class ExpressionBinder(TSqlBinder binder, BindScope scope) : TSqlFragmentVisitor
    {
        public override void ExplicitVisit(ColumnReferenceExpression node)
        {
            if (node.ColumnType == ColumnType.Regular && node.MultiPartIdentifier is not null)
            {
                var column = binder.ResolveColumn(node, scope);
                binder._types[node] = column?.Type ?? "";
                if (column is not null)
                {
                    binder._columns[node] = column;
                }
            }
        }

        public override void ExplicitVisit(BooleanComparisonExpression node)
        {
            base.ExplicitVisit(node);
            binder.CheckCollations(node.FirstExpression, node.SecondExpression, node);
        }

        public override void ExplicitVisit(ScalarSubquery node) =>
            binder._types[node] = binder.BindQuery(node.QueryExpression, scope).FirstOrDefault()?.Type ?? "";

        public override void ExplicitVisit(VariableReference node) => binder.UseVariable(node);

        public override void ExplicitVisit(NextValueForExpression node) => binder.CheckSequence(node.SequenceName, node);

        // EXEC proc @name = value: @name is the procedure's parameter, not one of the statement's.
        public override void ExplicitVisit(ExecuteParameter node) => node.ParameterValue?.Accept(this);

        public override void ExplicitVisit(BinaryExpression node)
        {
            base.ExplicitVisit(node);
            if (node.BinaryExpressionType == BinaryExpressionType.Divide
                && IsInteger(binder.TypeOf(node.FirstExpression)) && IsInteger(binder.TypeOf(node.SecondExpression)))
            {
                binder.IntegerDivisions.Add(new BindError(binder.Script, node.StartLine + binder._lineOffset, Text(node)));
            }
        }

        public override void ExplicitVisit(FunctionCall node)
        {
            base.ExplicitVisit(node);
            if (DomainFunctions.Contains(node.FunctionName.Value) && node.Parameters.Count > 0 && !IsGuarded(node.Parameters[0]))
            {
                binder.Error(node, $"{node.FunctionName.Value.ToUpperInvariant()} of an unguarded value in {Text(node)}: the server may evaluate it "
                    + "before a WHERE filters out the values it cannot take; guard it inside (CASE WHEN x > 0 THEN x END)");
            }

            if (node.FunctionName.Value.Equals("AVG", StringComparison.OrdinalIgnoreCase) && node.Parameters.Count == 1
                && IsInteger(binder.TypeOf(node.Parameters[0])))
            {
                binder.IntegerDivisions.Add(new BindError(binder.Script, node.StartLine + binder._lineOffset, Text(node)));
            }
        }
    }
}
