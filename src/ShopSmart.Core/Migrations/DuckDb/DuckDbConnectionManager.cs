using System.Text.RegularExpressions;
using DbUp.Engine.Transactions;
using ShopSmart.Core.Engines;

namespace ShopSmart.Core.Migrations.DuckDb;

/// <summary>Hands DbUp DuckDB connections; a script may hold several statements, DuckDB runs them in one command.</summary>
public sealed class DuckDbConnectionManager(DuckDbEngine engine) : DatabaseConnectionManager(_ => engine.OpenConnection())
{
    public override IEnumerable<string> SplitScriptIntoCommands(string scriptContents)
    {
        // DuckDB executes a multi-statement command text as a whole, so a script is one command unless it
        // separates batches with a line holding only a semicolon.
        return Regex.Split(scriptContents, @"^\s*;\s*$", RegexOptions.Multiline)
            .Select(part => part.Trim())
            .Where(part => part.Length > 0);
    }
}
