using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ShopSmart.Tests.Schema.Binding;

/// <summary>
/// Binds T-SQL offline, the way a server would when it compiles a script: every table, view, CTE, alias, column,
/// sequence, schema and role a script names must exist in the <see cref="TSqlCatalog"/> (or be defined earlier in the
/// same statement), INSERT lists must agree in count with what they insert, and the <c>@parameters</c> a statement
/// uses are collected for the caller to check against what the C# passes. Definitions (CREATE/ALTER/DROP TABLE,
/// views, sequences, indexes, roles, grants) update the catalogue as they run, so the migration scripts are bound in
/// their run order and build the catalogue the app statements are then bound against.
/// </summary>
public sealed partial class TSqlBinder(TSqlCatalog catalog, string script)
{
    private readonly HashSet<string> _declared = new(StringComparer.OrdinalIgnoreCase);
    private int _lineOffset;

    public TSqlCatalog Catalog { get; } = catalog;

    public string Script { get; } = script;

    public List<BindError> Errors { get; } = [];

    /// <summary>Parameter names the statements use (without the @), with the line of first use.</summary>
    public SortedDictionary<string, int> Parameters { get; } = new(StringComparer.Ordinal);

    /// <summary>Divisions whose both sides are integers: T-SQL truncates where DuckDB's / does not.</summary>
    public List<BindError> IntegerDivisions { get; } = [];

    /// <summary>Parses and binds one script's text; a parse error is reported as a bind error.</summary>
    public void BindText(string text)
    {
        var fragment = new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(text), out var errors);
        foreach (var error in errors)
        {
            Errors.Add(new BindError(Script, error.Line + _lineOffset, $"does not parse: {error.Message}"));
        }

        if (errors.Count == 0)
        {
            foreach (var statement in ((TSqlScript)fragment).Batches.SelectMany(b => b.Statements))
            {
                Bind(statement);
            }
        }
    }

    public void Bind(TSqlStatement statement)
    {
        switch (statement)
        {
            case SelectStatement select:
                BindSelect(select, new BindScope(null));
                break;
            case InsertStatement insert:
                BindInsert(insert);
                break;
            case UpdateStatement update:
                BindUpdate(update);
                break;
            case DeleteStatement delete:
                BindDelete(delete);
                break;
            case MergeStatement merge:
                BindMerge(merge);
                break;
            case TruncateTableStatement truncate:
                FindObject(truncate.TableName, truncate);
                break;
            case DeclareVariableStatement declare:
                foreach (var element in declare.Declarations)
                {
                    _declared.Add(element.VariableName.Value.TrimStart('@'));
                    BindExpression(element.Value, new BindScope(null));
                }

                break;
            case SetVariableStatement set:
                BindExpression(set.Variable, new BindScope(null));
                BindExpression(set.Expression, new BindScope(null));
                break;
            case IfStatement branch:
                BindExpression(branch.Predicate, new BindScope(null));
                Bind(branch.ThenStatement);
                if (branch.ElseStatement is not null)
                {
                    Bind(branch.ElseStatement);
                }

                break;
            case WhileStatement loop:
                BindExpression(loop.Predicate, new BindScope(null));
                Bind(loop.Statement);
                break;
            case BeginEndBlockStatement block:
                foreach (var inner in block.StatementList.Statements)
                {
                    Bind(inner);
                }

                break;
            case ExecuteStatement execute:
                BindExecute(execute);
                break;
            case PredicateSetStatement or SetIdentityInsertStatement or BeginTransactionStatement or CommitTransactionStatement
                or RollbackTransactionStatement or SaveTransactionStatement or PrintStatement or ThrowStatement or RaiseErrorStatement
                or GoToStatement or LabelStatement or ReturnStatement:
                BindExpressionsIn(statement);
                break;
            default:
                BindDefinition(statement);
                break;
        }
    }

    /// <summary>EXEC of a constant string is bound as the script it holds (migrations create schemas this way).</summary>
    private void BindExecute(ExecuteStatement execute)
    {
        if (execute.ExecuteSpecification.ExecutableEntity is ExecutableStringList { Strings: var strings }
            && strings.All(s => s is StringLiteral))
        {
            var saved = _lineOffset;
            _lineOffset += execute.StartLine - 1;
            BindText(string.Concat(strings.Cast<StringLiteral>().Select(s => s.Value)));
            _lineOffset = saved;
            return;
        }

        // A stored procedure (sp_getapplock...): only its arguments can be checked.
        BindExpressionsIn(execute);
    }

    /// <summary>Binds the scalar expressions directly inside a statement the binder has no other rule for.</summary>
    private void BindExpressionsIn(TSqlFragment fragment) => fragment.Accept(new ExpressionBinder(this, new BindScope(null)));

    private void Error(TSqlFragment node, string message) => Errors.Add(new BindError(Script, node.StartLine + _lineOffset, message));

    private static string Text(TSqlFragment fragment) => string.Concat(
        Enumerable.Range(fragment.FirstTokenIndex, fragment.LastTokenIndex - fragment.FirstTokenIndex + 1)
            .Select(i => fragment.ScriptTokenStream[i].Text));
}
