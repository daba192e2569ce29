namespace ShopSmart.Etl.Sources;

/// <summary>
/// Reads a CSV's text with every carriage return outside quotes that is not followed by a line feed turned into a line
/// feed: a line break, as Excel and pandas read it. The CSV library takes its kind of line break from the file's first
/// line, so a file whose lines end in \n, then in an old Mac's \r alone (monthly exports joined, one saved by Excel for
/// Mac as "CSV (Macintosh)"), was read as one long row from the first \r on; it now only ever sees \n and \r\n. So
/// \r\r is a blank line between two lines, and \r\r\n (a line break written twice over) a line break and a blank
/// line, numbered as Excel numbers them; a blank line carries no data and is skipped. A \r inside a quoted field is
/// data and kept. Quotes are told apart by their count since the file began, which is exact for a well-formed file; in
/// a file with a stray quote in an unquoted field (12" RULER written without quotes) the count is off from there on, and
/// a lone \r after it may be left as it is (what the reader did before) or, inside a quoted field, become a \n.
/// </summary>
public sealed class LineBreakReader(TextReader inner) : TextReader
{
    private const int ChunkSize = 1 << 16;

    private readonly char[] _chunk = new char[ChunkSize];
    private int _next;
    private int _end;

    /// <summary>The last character read was a \r whose meaning waits on the character after it: it is kept at _chunk[_end].</summary>
    private bool _heldReturn;

    private bool _insideQuotes;

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
            _insideQuotes = Mend(_chunk.AsSpan(0, ready), _insideQuotes);
            _next = 0;
            _end = ready;
        }

        return true;
    }

    /// <summary>
    /// Turns the carriage returns of <paramref name="text"/> outside quotes that no line feed follows into line feeds.
    /// A \r at the very end is followed by nothing or by a held-back \r, never by a \n: it is a line break.
    /// </summary>
    /// <returns>Whether the text ends inside a quoted field.</returns>
    public static bool Mend(Span<char> text, bool insideQuotes)
    {
        var from = 0;
        while (true)
        {
            var rest = text[from..];
            var at = rest.IndexOf('\r');
            if (at < 0)
            {
                return insideQuotes ^ (rest.Count('"') % 2 == 1);
            }

            insideQuotes ^= rest[..at].Count('"') % 2 == 1;
            var position = from + at;
            if (!insideQuotes && (position + 1 == text.Length || text[position + 1] != '\n'))
            {
                text[position] = '\n';
            }

            from = position + 1;
        }
    }
}
