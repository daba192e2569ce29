using System.ComponentModel;
using ShopSmart.Core.Migrations;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShopSmart.Core.Hosting;

/// <summary><c>migrate</c>: brings the warehouse to the latest schema; a no-op when it already is.</summary>
[Description("Create or upgrade the warehouse schema (tables, views, roles). Safe to run again.")]
public sealed class MigrateCommand(IAnsiConsole console, AppIdentity app) : WarehouseCommand<MigrateCommand.Settings>(console, app)
{
    public sealed class Settings : WarehouseSettings;

    protected override string Name => "migrate";

    protected override bool CreatesWarehouse => true;

    protected override void Prepare(RunContext context) => Migrate(context);

    protected override int Run(RunContext context, Settings settings, CancellationToken cancellationToken) => 0;

    /// <summary>Runs the migrations and reports them; throws when a script fails. Shared by <c>run</c>.</summary>
    public static void Migrate(RunContext context)
    {
        context.Console.MarkupLineInterpolated($"Migrating {context.Engine.Describe()}");
        var result = new MigrationRunner(context.Engine).Migrate(line => context.Console.WriteLine(line));
        if (!result.Successful)
        {
            throw result.Failure();
        }

        if (result.AppliedScripts.Count == 0)
        {
            context.Console.MarkupLine("[green]Up to date[/]: no script to apply.");
        }
        else
        {
            context.Console.MarkupLineInterpolated($"[green]Applied {result.AppliedScripts.Count} script(s).[/]");
        }
    }
}
