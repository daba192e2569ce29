using DbUp.Engine.Output;
using ShopSmart.Core.Engines;

namespace ShopSmart.Core.Migrations;

/// <summary>Brings a warehouse to the latest schema with DbUp; a no-op when it already is.</summary>
public sealed class MigrationRunner(WarehouseEngine engine, string? scriptsRoot = null)
{
    public const string JournalTable = "schema_version";

    public static string DefaultScriptsRoot => Path.Combine(AppContext.BaseDirectory, "migrations");

    private MigrationScripts Scripts => new(Path.Combine(scriptsRoot ?? DefaultScriptsRoot, engine.Dialect));

    /// <summary>Scripts not yet applied (new tables, new or changed views).</summary>
    public IReadOnlyList<string> PendingScripts() =>
        Build(new NullLog()).GetScriptsToExecute().Select(s => s.Name).ToList();

    public MigrationResult Migrate(Action<string>? log = null)
    {
        var upgrader = Build(new ActionLog(log ?? (_ => { })));
        var result = upgrader.PerformUpgrade();
        return new MigrationResult(
            result.Successful,
            result.Scripts.Select(s => s.Name).ToList(),
            result.ErrorScript?.Name,
            result.Error);
    }

    private DbUp.Engine.UpgradeEngine Build(IUpgradeLog log) =>
        engine.CreateUpgradeBuilder()
            .WithScripts(Scripts)
            .LogTo(log)
            .Build();

    private sealed class ActionLog(Action<string> write) : IUpgradeLog
    {
        public void LogTrace(string format, params object[] args) { }

        public void LogDebug(string format, params object[] args) { }

        // DbUp narrates its journal checks; the scripts it runs are what an operator wants to see.
        public void LogInformation(string format, params object[] args)
        {
            if (format.StartsWith("Executing", StringComparison.Ordinal) && args.Length > 0)
            {
                write($"  applying {args[^1]}");
            }
        }

        public void LogWarning(string format, params object[] args) => write("warning: " + string.Format(format, args));

        // A failure is reported once, by whoever reads the MigrationResult: DbUp's own error lines repeat it with
        // the exception's stack trace.
        public void LogError(string format, params object[] args) { }

        public void LogError(Exception ex, string format, params object[] args) { }
    }

    private sealed class NullLog : IUpgradeLog
    {
        public void LogTrace(string format, params object[] args) { }

        public void LogDebug(string format, params object[] args) { }

        public void LogInformation(string format, params object[] args) { }

        public void LogWarning(string format, params object[] args) { }

        public void LogError(string format, params object[] args) { }

        public void LogError(Exception ex, string format, params object[] args) { }
    }
}
