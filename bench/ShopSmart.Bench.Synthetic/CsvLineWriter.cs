namespace ShopSmart.Bench.Synthetic;

/// <summary>
/// Writes RFC-4180 CSV lines as ASCII bytes through one buffer (the generator writes millions of lines a second;
/// a TextWriter and formatted strings would be the bottleneck). Fields holding a comma or a quote are quoted.
/// Remembers the bytes of the last line, so a duplicate is that line again, byte for byte.
/// </summary>
internal sealed class CsvLineWriter(Stream output) : IDisposable
{
    private readonly byte[] _buffer = new byte[1 << 20];
    private int _length;
    private int _lineStart;
    private bool _fieldStarted;

    public long Bytes { get; private set; }

    public CsvLineWriter Text(string? value)
    {
        Separator();
        if (string.IsNullOrEmpty(value))
        {
            return this;
        }

        var quote = value.AsSpan().IndexOfAny(',', '"', '\n') >= 0;
        if (quote)
        {
            Byte((byte)'"');
        }

        foreach (var ch in value)
        {
            if (ch == '"')
            {
                Byte((byte)'"');
            }

            Byte(ch < 128 ? (byte)ch : (byte)'?');
        }

        if (quote)
        {
            Byte((byte)'"');
        }

        return this;
    }

    public CsvLineWriter Integer(long value)
    {
        Separator();
        Digits(value);
        return this;
    }

    /// <summary>A price held in thousandths, written as the UCI export does: 2.55, 0.85, 18, 0.001.</summary>
    public CsvLineWriter Price(long milli)
    {
        Separator();
        if (milli < 0)
        {
            Byte((byte)'-');
            milli = -milli;
        }

        Digits(milli / 1000);
        var fraction = (int)(milli % 1000);
        if (fraction != 0)
        {
            Byte((byte)'.');
            Byte((byte)('0' + fraction / 100));
            if (fraction % 100 != 0)
            {
                Byte((byte)('0' + fraction / 10 % 10));
                if (fraction % 10 != 0)
                {
                    Byte((byte)('0' + fraction % 10));
                }
            }
        }

        return this;
    }

    /// <summary>Starts a line; the buffer is flushed only here, so the line being written stays whole in it.</summary>
    public void BeginLine()
    {
        if (_length > _buffer.Length - 8_192)
        {
            Flush();
        }

        _lineStart = _length;
        _fieldStarted = false;
    }

    public void EndLine() => Byte((byte)'\n');

    /// <summary>Writes the line just ended once more, byte for byte.</summary>
    public void RepeatLastLine()
    {
        var length = _length - _lineStart;
        _buffer.AsSpan(_lineStart, length).CopyTo(_buffer.AsSpan(_length));
        _lineStart = _length;
        _length += length;
    }

    public void Flush()
    {
        output.Write(_buffer, 0, _length);
        Bytes += _length;
        _length = 0;
        _lineStart = 0;
    }

    public void Dispose()
    {
        Flush();
        output.Flush();
    }

    private void Separator()
    {
        if (_fieldStarted)
        {
            Byte((byte)',');
        }

        _fieldStarted = true;
    }

    private void Digits(long value)
    {
        if (value < 0)
        {
            Byte((byte)'-');
            value = -value;
        }

        Span<byte> digits = stackalloc byte[20];
        var n = 0;
        do
        {
            digits[n++] = (byte)('0' + value % 10);
            value /= 10;
        }
        while (value > 0);

        while (n > 0)
        {
            Byte(digits[--n]);
        }
    }

    private void Byte(byte value) => _buffer[_length++] = value;
}
