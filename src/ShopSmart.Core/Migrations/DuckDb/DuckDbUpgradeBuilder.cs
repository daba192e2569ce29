using DbUp.Builder;
using ShopSmart.Core.Engines;

namespace ShopSmart.Core.Migrations.DuckDb;

/// <summary>The DbUp provider for DuckDB that dbup-core lacks: connection manager, journal and executor.</summary>
public static class DuckDbUpgradeBuilder
{
    public static UpgradeEngineBuilder Create(DuckDbEngine engine)
    {
        var builder = new UpgradeEngineBuilder();
        builder.Configure(c => c.ConnectionManager = new DuckDbConnectionManager(engine));
        builder.Configure(c => c.Journal = new DuckDbTableJournal(() => c.ConnectionManager, () => c.Log, MigrationRunner.JournalTable));
        builder.Configure(c => c.ScriptExecutor = new DuckDbScriptExecutor(
            () => c.ConnectionManager, () => c.Log, () => c.VariablesEnabled, c.ScriptPreprocessors, () => c.Journal));
        return builder;
    }
}
