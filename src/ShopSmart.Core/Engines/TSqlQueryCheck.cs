using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ShopSmart.Core.Engines;

/// <summary>
/// Decides from the parsed text whether T-SQL typed by a user only reads: every statement must be a SELECT without
/// INTO. Parsing, not pattern matching: comments, strings and a COMMIT hidden after a semicolon cannot slip through.
/// </summary>
public static class TSqlQueryCheck
{
    /// <summary>Null when the text may run; otherwise why it is refused.</summary>
    public static string? Refusal(string sql)
    {
        var fragment = new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        if (errors.Count > 0)
        {
            return $"the query does not parse as T-SQL: line {errors[0].Line}: {errors[0].Message}";
        }

        var statements = ((TSqlScript)fragment).Batches.SelectMany(b => b.Statements).ToList();
        if (statements.Count == 0)
        {
            return "the query is empty.";
        }

        foreach (var statement in statements)
        {
            if (statement is not SelectStatement select)
            {
                return $"only SELECT statements may run here; this has {Describe(statement)}.";
            }

            if (select.Into is not null)
            {
                return "SELECT ... INTO creates a table; only reading statements may run here.";
            }
        }

        var effects = new SideEffects();
        fragment.Accept(effects);
        return effects.Found is null ? null : $"{effects.Found} is not allowed here: it changes or reaches outside the warehouse.";
    }

    /// <summary>The parts of a SELECT that still act: a sequence draw, a query sent to another server.</summary>
    private sealed class SideEffects : TSqlFragmentVisitor
    {
        public string? Found { get; private set; }

        public override void Visit(NextValueForExpression node) => Found ??= "NEXT VALUE FOR";

        public override void Visit(OpenQueryTableReference node) => Found ??= "OPENQUERY";

        public override void Visit(OpenRowsetTableReference node) => Found ??= "OPENROWSET";

        public override void Visit(BulkOpenRowset node) => Found ??= "OPENROWSET(BULK)";

        public override void Visit(AdHocTableReference node) => Found ??= "OPENDATASOURCE";
    }

    private static string Describe(TSqlStatement statement)
    {
        var name = statement.GetType().Name;
        return "a " + (name.EndsWith("Statement", StringComparison.Ordinal) ? name[..^"Statement".Length] : name) + " statement";
    }
}
