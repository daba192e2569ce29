using System.ComponentModel;
using ShopSmart.Core.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShopSmart.Etl.Commands;

/// <summary><c>unload</c>: removes one batch (by id or by its file) and everything it added, in one transaction.</summary>
[Description("Remove a loaded batch (by id, or by its file) and every row and count it added; the other batches' figures are refreshed.")]
public sealed class UnloadCommand(IAnsiConsole console, AppIdentity app) : WarehouseCommand<UnloadCommand.Settings>(console, app)
{
    public sealed class Settings : WarehouseSettings
    {
        [CommandArgument(0, "<BATCH|FILE>")]
        [Description("A batch id (etl.batch.batch_id) or a file that was loaded (found by its content).")]
        public string Target { get; init; } = string.Empty;
    }

    protected override string Name => "unload";

    protected override int Run(RunContext context, Settings settings, CancellationToken cancellationToken)
    {
        MigrationGuard.EnsureMigrated(context);
        EtlJob.Unload(context, settings.Target, cancellationToken);
        return 0;
    }
}
