using Spectre.Console;

namespace ShopSmart.Core.Hosting;

/// <summary>
/// An app's two outputs: results and progress on <see cref="Out"/> (stdout), errors on <see cref="Error"/> (stderr).
/// Output that is not a terminal (a cron log, CI, a pipe) is written as whole lines: never wrapped at a guessed
/// width, no trailing spaces.
/// </summary>
public sealed record AppConsoles(IAnsiConsole Out, IAnsiConsole Error)
{
    /// <summary>
    /// Width given to output that is not a terminal: wide enough that no message or table is wrapped, small enough
    /// that nothing sized to the width (a rule, a padded cell) becomes absurd.
    /// </summary>
    public const int UnwrappedWidth = 4096;

    /// <summary>One console for both, as in tests that read everything an app printed.</summary>
    public static AppConsoles Single(IAnsiConsole console) => new(console, console);

    /// <summary>The process's stdout and stderr.</summary>
    public static AppConsoles ForProcess() =>
        new(Create(System.Console.Out, System.Console.IsOutputRedirected), Create(System.Console.Error, System.Console.IsErrorRedirected));

    /// <summary>True when the console is a log or a pipe rather than a terminal someone watches.</summary>
    public static bool IsLog(IAnsiConsole console) => console.Profile.Width >= UnwrappedWidth;

    /// <summary>A section heading: a rule across a terminal, one short line in a log.</summary>
    public static void WriteHeading(IAnsiConsole console, string markupTitle)
    {
        if (IsLog(console))
        {
            console.MarkupLine($"── {markupTitle} ──");
        }
        else
        {
            console.Write(new Rule(markupTitle).LeftJustified());
        }
    }

    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        if (!redirected)
        {
            return AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(new LogTextWriter(writer)),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = UnwrappedWidth;
        return console;
    }
}
