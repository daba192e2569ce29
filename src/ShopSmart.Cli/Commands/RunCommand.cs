using System.ComponentModel;
using ShopSmart.Core.Hosting;
using ShopSmart.Etl.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShopSmart.Cli.Commands;

/// <summary>
/// <c>run</c>: the nightly job end to end — migrate the warehouse, then load the data files. Modelling and export
/// steps join here as they are built.
/// </summary>
[Description("Run the main job: migrate, then load the data (default: the bundled sample).")]
public sealed class RunCommand(IAnsiConsole console, AppIdentity app) : WarehouseCommand<RunCommand.Settings>(console, app)
{
    public sealed class Settings : WarehouseSettings
    {
        [CommandOption("--data <PATH>")]
        [Description("File or folder to load (default: data/ in the working directory, the bundled UCI sample).")]
        public string[] Data { get; init; } = [];

        [CommandOption("--force")]
        [Description("Reload files already loaded.")]
        public bool Force { get; init; }
    }

    protected override string Name => "run";

    // The warehouse may not exist yet: migrate first, so the run can be recorded in etl.job_run.
    protected override void Prepare(RunContext context)
    {
        AppConsoles.WriteHeading(context.Console, "[bold]1. migrate[/]");
        MigrateCommand.Migrate(context);
    }

    protected override int Run(RunContext context, Settings settings, CancellationToken cancellationToken)
    {
        var paths = settings.Data.Length > 0 ? settings.Data : [DefaultData()];
        AppConsoles.WriteHeading(context.Console, "[bold]2. load[/]");
        EtlJob.Load(context, paths, settings.Force, null, cancellationToken);
        AppConsoles.WriteHeading(context.Console, "[bold green]done[/]");
        return 0;
    }

    private static string DefaultData()
    {
        var local = Path.Combine(Directory.GetCurrentDirectory(), "data");
        return Directory.Exists(local) ? local : Path.Combine(AppContext.BaseDirectory, "data");
    }
}
