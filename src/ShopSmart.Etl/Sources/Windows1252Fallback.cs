using System.Text;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// For UTF-8 text with stray Windows-1252 bytes: a byte that is not part of valid UTF-8 is read as the Windows-1252
/// character it stands for (0xC9 → É) instead of a replacement character. Lets the reader decide the encoding from the
/// start of a file rather than from a pass over all of it.
/// </summary>
public sealed class Windows1252Fallback : DecoderFallback
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>UTF-8 that reads invalid bytes as Windows-1252.</summary>
    public static Encoding Utf8 { get; } = Encoding.GetEncoding("utf-8", EncoderFallback.ReplacementFallback, new Windows1252Fallback());

    public override int MaxCharCount => 4;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

    private sealed class Buffer : DecoderFallbackBuffer
    {
        private char[] _chars = [];
        private int _next;

        public override int Remaining => _chars.Length - _next;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            _chars = Windows1252.GetChars(bytesUnknown);
            _next = 0;
            return _chars.Length > 0;
        }

        public override char GetNextChar() => _next < _chars.Length ? _chars[_next++] : '\0';

        public override bool MovePrevious()
        {
            if (_next == 0)
            {
                return false;
            }

            _next--;
            return true;
        }

        public override void Reset()
        {
            _chars = [];
            _next = 0;
        }
    }
}
