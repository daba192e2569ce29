using DbUp.Engine;
using DbUp.Engine.Output;
using DbUp.Engine.Transactions;
using DbUp.Support;

namespace ShopSmart.Core.Migrations.DuckDb;

/// <summary>Runs DuckDB scripts for DbUp; the journal row is written in the script's own transaction.</summary>
public sealed class DuckDbScriptExecutor(
    Func<IConnectionManager> connectionManager,
    Func<IUpgradeLog> log,
    Func<bool> variablesEnabled,
    IEnumerable<IScriptPreprocessor> preprocessors,
    Func<IJournal> journal)
    : ScriptExecutor(connectionManager, new DuckDbObjectParser(), log, null, variablesEnabled, preprocessors, journal)
{
    protected override string GetVerifySchemaSql(string schema) => $"CREATE SCHEMA IF NOT EXISTS {QuoteSqlObjectName(schema)}";

    protected override void ExecuteCommandsWithinExceptionHandler(int index, SqlScript script, Action executeCommand)
    {
        try
        {
            executeCommand();
        }
        catch (Exception ex)
        {
            Log().LogError("DuckDB script {0} failed at command {1}: {2}", script.Name, index, ex.Message);
            throw;
        }
    }
}
