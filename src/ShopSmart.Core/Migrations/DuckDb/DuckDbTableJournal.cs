using DbUp.Engine.Output;
using DbUp.Engine.Transactions;
using DbUp.Support;

namespace ShopSmart.Core.Migrations.DuckDb;

/// <summary>DbUp's journal of executed scripts, kept in a DuckDB table.</summary>
public sealed class DuckDbTableJournal(Func<IConnectionManager> connectionManager, Func<IUpgradeLog> logger, string table)
    : TableJournal(connectionManager, logger, new DuckDbObjectParser(), "main", table)
{
    // DbUp names the parameters @scriptName and @applied; DuckDB binds named parameters written as $name.
    protected override string GetInsertJournalEntrySql(string scriptName, string applied) =>
        $"INSERT INTO {FqSchemaTableName} (script_name, applied) VALUES (${scriptName.TrimStart('@')}, ${applied.TrimStart('@')})";

    protected override string GetJournalEntriesSql() =>
        $"SELECT script_name FROM {FqSchemaTableName} ORDER BY script_name";

    protected override string CreateSchemaTableSql(string quotedPrimaryKeyName) =>
        $"""
        CREATE TABLE {FqSchemaTableName} (
            script_name VARCHAR   NOT NULL PRIMARY KEY,
            applied     TIMESTAMP NOT NULL
        )
        """;

    protected override string DoesTableExistSql() =>
        $"SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = '{UnquotedSchemaTableName}'";
}
