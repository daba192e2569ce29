using ShopSmart.Core.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShopSmart.Core.Hosting;

/// <summary>
/// Builds and runs an app's command line: shared services, the migrate command, and the one place where a failure
/// becomes a message on stderr and an exit code (usage errors 2).
/// </summary>
public static class ShopSmartCli
{
    /// <summary>Runs the program named after its entry assembly (see <see cref="AppIdentity.FromEntryAssembly"/>).</summary>
    public static int Run(string[] args, Action<IConfigurator> addCommands) =>
        Run(AppIdentity.FromEntryAssembly(), args, addCommands, AppConsoles.ForProcess());

    /// <summary>Runs an app under a given name on one console: for tests, which run inside the test host.</summary>
    public static int Run(string appName, string[] args, Action<IConfigurator> addCommands, IAnsiConsole? console = null) =>
        Run(new AppIdentity(appName), args, addCommands, console is null ? AppConsoles.ForProcess() : AppConsoles.Single(console));

    public static int Run(AppIdentity identity, string[] args, Action<IConfigurator> addCommands, AppConsoles consoles)
    {
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(IAnsiConsole), consoles.Out);
        registrar.RegisterInstance(typeof(AppIdentity), identity);

        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName(identity.Name);
            config.ConfigureConsole(consoles.Out);
            config.PropagateExceptions();
            config.UseStrictParsing(); // a mistyped option in a scheduled job must fail, not be ignored
            config.AddCommand<MigrateCommand>("migrate");
            addCommands(config);
        });

        try
        {
            return app.Run(args);
        }
        catch (CommandAppException ex)
        {
            consoles.Error.MarkupLineInterpolated($"[red]Usage error:[/] {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (CommandFailedException ex)
        {
            consoles.Error.MarkupLineInterpolated($"[red]{ex.Label}:[/] {ex.Detail}");
            return ex.ExitCode;
        }
    }
}
