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
        if (args is ["--version"] or ["-v"])
        {
            foreach (var line in VersionReport.Lines(identity))
            {
                consoles.Out.WriteLine(line);
            }

            return ExitCodes.Success;
        }

        // No command at all is a usage error: the help goes to stderr and a scheduler sees exit code 2.
        var noCommand = args.Length == 0;
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(IAnsiConsole), consoles.Out);
        registrar.RegisterInstance(typeof(AppIdentity), identity);

        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName(identity.Name);
            config.SetApplicationVersion(identity.Version); // lists -v, --version in the help; answered above
            config.ConfigureConsole(noCommand ? consoles.Error : consoles.Out);
            config.PropagateExceptions();
            config.UseStrictParsing(); // a mistyped option in a scheduled job must fail, not be ignored
            config.AddCommand<MigrateCommand>("migrate");
            addCommands(config);
        });

        try
        {
            return noCommand ? Math.Max(app.Run(["--help"]), ExitCodes.BadInput) : app.Run(args);
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
