using ShopSmart.Core.Migrations;

namespace ShopSmart.Core.Hosting;

/// <summary>Refuses to load into a warehouse whose schema is behind the scripts: run <c>migrate</c> first.</summary>
public static class MigrationGuard
{
    public static void EnsureMigrated(RunContext context)
    {
        var pending = new MigrationRunner(context.Engine).PendingScripts();
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"The warehouse schema is not up to date ({pending.Count} script(s) pending, first {pending[0]}). Run the migrate command first.");
        }
    }
}
