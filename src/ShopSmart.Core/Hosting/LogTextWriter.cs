using System.Text;

namespace ShopSmart.Core.Hosting;

/// <summary>
/// Passes text through line by line without the trailing spaces a console pads cells with, so a log holds what was
/// said and nothing a diff or a grep trips on. A line is written when it ends; a flush writes a partial line up to its last visible character.
/// </summary>
public sealed class LogTextWriter(TextWriter inner) : TextWriter
{
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            WriteLine();
            return;
        }

        _line.Append(value);
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        var start = 0;
        for (var newline = value.IndexOf('\n', StringComparison.Ordinal); newline >= 0; newline = value.IndexOf('\n', start))
        {
            _line.Append(value, start, newline - start);
            WriteLine();
            start = newline + 1;
        }

        _line.Append(value, start, value.Length - start);
    }

    public override void WriteLine()
    {
        var end = _line.Length;
        while (end > 0 && (_line[end - 1] == ' ' || _line[end - 1] == '\r'))
        {
            end--;
        }

        inner.WriteLine(_line.ToString(0, end));
        _line.Clear();
    }

    /// <summary>Writes the partial line up to its last visible character; its trailing spaces wait for what follows.</summary>
    public override void Flush()
    {
        var end = _line.Length;
        while (end > 0 && _line[end - 1] == ' ')
        {
            end--;
        }

        inner.Write(_line.ToString(0, end));
        _line.Remove(0, end);
        inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }
}
