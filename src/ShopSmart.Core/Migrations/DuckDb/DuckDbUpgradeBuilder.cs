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
        // Every pending script in one transaction: an upgrade lands whole or not at all, and DuckDB commits (and syncs
        // its log) once instead of once per script (a fresh warehouse: ~0.1–0.2 s less, bench/README.md).
        builder.WithTransaction();
        builder.Configure(c => c.Journal = new DuckDbTableJournal(() => c.ConnectionManager, () => c.Log, MigrationRunner.JournalTable));
        builder.Configure(c => c.ScriptExecutor = new DuckDbScriptExecutor(
            () => c.ConnectionManager, () => c.Log, () => c.VariablesEnabled, c.ScriptPreprocessors, () => c.Journal));
        return builder;
    }
}
