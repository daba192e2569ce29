using System.Diagnostics;
using ShopSmart.Core.Hosting;
using ShopSmart.Etl.Commands;
using Spectre.Console.Testing;

namespace ShopSmart.Tests.Support;

/// <summary>
/// Runs the apps as a scheduler would: in-process against a test console (fast), or as the built program in a
/// child process with its own working directory and redirected output (what cron and CI see).
/// </summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Output);

    public sealed record ProcessResult(int ExitCode, string Output, string Error);

    /// <summary>The programs the solution ships, by the name a user types.</summary>
    public static readonly string[] Apps = ["shopsmart", "shopsmart-etl", "shopsmart-modeling", "shopsmart-excel-export", "shopsmart-report"];

    /// <summary>A test console as wide as a log: what a command prints is never wrapped, whatever the temp path's length.</summary>
    public static TestConsole Console() => new TestConsole().Width(AppConsoles.UnwrappedWidth);

    public static Result Etl(params string[] args)
    {
        var console = Console();
        var exitCode = ShopSmartCli.Run(
            "shopsmart-etl",
            args,
            config =>
            {
                config.AddCommand<LoadCommand>("load");
                config.AddCommand<UnloadCommand>("unload");
            },
            console);
        return new Result(exitCode, console.Output);
    }

    /// <summary>Runs a built app (its dll beside the test binaries) and waits for it, with output and errors apart.</summary>
    public static ProcessResult Process(string app, string workingDirectory, params string[] args)
    {
        using var process = Start(app, workingDirectory, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{app} {string.Join(' ', args)} did not finish within 5 minutes");
        }

        return new ProcessResult(process.ExitCode, output.Result, error.Result);
    }

    public static Process Start(string app, string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, app + ".dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // The child must not pick up a developer's or CI's warehouse settings.
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("SHOPSMART_", StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(name);
        }

        return System.Diagnostics.Process.Start(info)!;
    }
}
