namespace ShopSmart.Etl.Sources;

/// <summary>
/// Reads a CSV's text with every carriage return outside quotes that is not followed by a line feed turned into a line
/// feed: a line break, as Excel and pandas read it. The CSV library takes its kind of line break from the file's first
/// line, so a file whose lines end in \n, then in an old Mac's \r alone (monthly exports joined, one saved by Excel for
/// Mac as "CSV (Macintosh)"), was read as one long row from the first \r on; it now only ever sees \n and \r\n. So
/// \r\r is a blank line between two lines, and \r\r\n (a line break written twice over) a line break and a blank
/// line, numbered as Excel numbers them; a blank line carries no data and is skipped. A \r inside a quoted field is
/// data and kept. Quoted fields are told as the CSV library tells them: a quote opens one only at the start of a field,
/// so a stray quote inside an unquoted field (12" RULER written without quotes) is data and changes nothing.
/// </summary>
public sealed class LineBreakReader(TextReader inner, char delimiter) : TextReader
{
    private const int ChunkSize = 1 << 16;

    private readonly char[] _chunk = new char[ChunkSize];
    private int _next;
    private int _end;

    /// <summary>The last character read was a \r whose meaning waits on the character after it: it is kept at _chunk[_end].</summary>
    private bool _heldReturn;

    private Quotes _quotes = Quotes.AtStart;

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || !Available())
        {
            return 0;
        }

        var count = Math.Min(buffer.Length, _end - _next);
        _chunk.AsSpan(_next, count).CopyTo(buffer);
        _next += count;
        return count;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read() => Available() ? _chunk[_next++] : -1;

    public override int Peek() => Available() ? _chunk[_next] : -1;

    public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
        new(Read(buffer.Span));

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => Task.FromResult(Read(buffer, index, count));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Whether characters are ready to hand out, reading and mending the next chunk when none are.</summary>
    private bool Available()
    {
        while (_next == _end)
        {
            var held = 0;
            if (_heldReturn)
            {
                _chunk[0] = '\r';
                held = 1;
            }

            var read = inner.Read(_chunk, held, ChunkSize - held);
            var count = held + read;
            if (count == 0)
            {
                return false;
            }

            // A \r at the end of what was read waits for the next read's first character: a \n makes it \r\n.
            _heldReturn = read > 0 && _chunk[count - 1] == '\r';
            var ready = _heldReturn ? count - 1 : count;
            _quotes = Mend(_chunk.AsSpan(0, ready), delimiter, _quotes);
            _next = 0;
            _end = ready;
        }

        return true;
    }

    /// <summary>
    /// Where the text read so far leaves the quotes: inside a quoted field or not, and what the last character was —
    /// a quote opens a field only after a delimiter, a line break or the start of the text, or right after a closing
    /// quote (the second quote of "", a quote inside a quoted field).
    /// </summary>
    public readonly record struct Quotes(bool Inside, char Last, bool LastClosed)
    {
        public static Quotes AtStart => new(false, '\n', false);
    }

    /// <summary>
    /// Turns the carriage returns of <paramref name="text"/> outside quoted fields that no line feed follows into line
    /// feeds. A \r at the very end is followed by nothing or by a held-back \r, never by a \n: it is a line break.
    /// </summary>
    /// <returns>Where the text leaves the quotes, for the text after it.</returns>
    public static Quotes Mend(Span<char> text, char delimiter, Quotes quotes)
    {
        var inside = quotes.Inside;
        var closedAt = quotes.LastClosed ? -1 : -2; // the position of the last closing quote; -1 is the text before
        var from = 0;
        while (true)
        {
            var at = text[from..].IndexOfAny('"', '\r');
            if (at < 0)
            {
                break;
            }

            var position = from + at;
            if (text[position] == '"')
            {
                if (inside)
                {
                    inside = false;
                    closedAt = position;
                }
                else
                {
                    var before = position > 0 ? text[position - 1] : quotes.Last;
                    inside = closedAt == position - 1 || before == delimiter || before is '\n' or '\r';
                }
            }
            else if (!inside && (position + 1 == text.Length || text[position + 1] != '\n'))
            {
                text[position] = '\n';
            }

            from = position + 1;
        }

        return text.IsEmpty ? quotes : new Quotes(inside, text[^1], closedAt == text.Length - 1);
    }
}
