using ShopSmart.Core.Runs;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// A source file refused as a whole; the message names the file and, where known, the row. The problem may quote the
/// file's own text, so its control characters are shown as their pictures (NUL as ␀, ESC as ␛): a damaged file must not
/// cut the message short in the run's record nor send escape sequences to the terminal.
/// </summary>
public sealed class SourceFileException(string file, string problem, long? row = null, Exception? inner = null)
    : BadInputException(row is null ? $"{file}: {Printable(problem)}" : $"{file}, row {row}: {Printable(problem)}", inner)
{
    public string File { get; } = file;

    /// <summary>The problem as given, without the file and row the message starts with.</summary>
    public string Problem { get; } = problem;

    public long? Row { get; } = row;

    /// <summary>The text with C0 control characters and DEL as Unicode's control pictures (U+2400–U+2421).</summary>
    public static string Printable(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\0', '\u001F') && !text.Contains('\u007F'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                chars[i] = c < ' ' ? (char)('\u2400' + c) : c == '\u007F' ? '\u2421' : c;
            }
        });
    }
}
