using ShopSmart.Core.Hosting;
using ShopSmart.Etl.Commands;
using Spectre.Console.Testing;

namespace ShopSmart.Tests.Support;

/// <summary>Runs the ETL command line in-process against a test console, as a scheduler would run the app.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Output);

    public static Result Etl(params string[] args)
    {
        var console = new TestConsole().Width(200);
        var exitCode = ShopSmartCli.Run("etl", args, config => config.AddCommand<LoadCommand>("load"), console);
        return new Result(exitCode, console.Output);
    }
}
