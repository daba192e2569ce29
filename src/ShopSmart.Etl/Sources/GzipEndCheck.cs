using System.Buffers.Binary;
using System.IO.Compression;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// The decompressed bytes of a gzip file, refusing a file that is cut off or corrupt. .NET's GZipStream simply
/// stops at the end of a truncated file, so a download cut off half-way would read as a shorter, valid file; this
/// stream checks, when the data ends, that its length matches the 8-byte trailer gzip writes after the data
/// (CRC-32, then the length mod 2^32). A complete member's CRC is checked by zlib itself as the member ends.
/// </summary>
public sealed class GzipEndCheck : ForwardOnlyStream
{
    private readonly string _path;
    private readonly string _shown;
    private readonly GZipStream _inner;
    private readonly uint _trailerCrc;
    private readonly uint _trailerLength;
    private readonly bool _tooShort;
    private bool _checked;

    /// <param name="shownAs">The path a refusal names, when <paramref name="path"/> is a temporary copy.</param>
    public GzipEndCheck(string path, string? shownAs = null)
    {
        _path = path;
        _shown = shownAs ?? path;
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            // A gzip member is at least a 10-byte header and an 8-byte trailer around its data.
            _tooShort = file.Length < 18;
            if (!_tooShort)
            {
                Span<byte> trailer = stackalloc byte[8];
                file.Seek(-8, SeekOrigin.End);
                file.ReadExactly(trailer);
                file.Seek(0, SeekOrigin.Begin);
                _trailerCrc = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
                _trailerLength = BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]);
            }

            _inner = new GZipStream(file, CompressionMode.Decompress);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads a gzip file to its end and throws if it is truncated or corrupt: for an error found part-way (a damaged
    /// block decompresses to garbage that the CSV parser trips on before zlib reaches the CRC), to name the real cause.
    /// </summary>
    public static void Verify(string path, string? shownAs = null)
    {
        using var stream = new GzipEndCheck(path, shownAs);
        var buffer = new byte[1 << 16];
        while (stream.Read(buffer) > 0)
        {
        }
    }

    public override int Read(Span<byte> buffer)
    {
        int read;
        try
        {
            read = _inner.Read(buffer);
        }
        catch (InvalidDataException ex)
        {
            throw Corrupt("its compressed data is damaged", ex);
        }

        BytesRead += read;
        if (read == 0 && buffer.Length > 0 && !_checked)
        {
            _checked = true;
            CheckEnd();
        }

        return read;
    }

    /// <summary>
    /// One member: the trailer's length is the data's. Several members (files joined with cat): the trailer is the last
    /// member's, so its length and CRC must match the data's last bytes; that is checked on a second read, which only
    /// joined or broken files pay for.
    /// </summary>
    private void CheckEnd()
    {
        if (_tooShort)
        {
            throw Corrupt("it is too short to be a complete gzip file");
        }

        if ((uint)BytesRead == _trailerLength || LastMemberMatches())
        {
            return;
        }

        throw Corrupt(
            $"it ends before its compressed data does, or has bytes added after it ({BytesRead:N0} bytes decompressed; a complete " +
            "file ends with a trailer, and this one's does not match)");
    }

    private bool LastMemberMatches()
    {
        if (_trailerLength > BytesRead)
        {
            return false;
        }

        using var again = new GZipStream(new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), CompressionMode.Decompress);
        var skip = BytesRead - _trailerLength;
        var buffer = new byte[1 << 16];
        var crc = new System.IO.Hashing.Crc32();
        long position = 0;
        int read;
        while ((read = again.Read(buffer)) > 0)
        {
            var start = (int)Math.Clamp(skip - position, 0, read);
            crc.Append(buffer.AsSpan(start, read - start));
            position += read;
        }

        return crc.GetCurrentHashAsUInt32() == _trailerCrc;
    }

    private SourceFileException Corrupt(string why, Exception? inner = null) =>
        new(_shown, $"the gzip file is truncated or corrupt: {why}. Nothing was loaded from it; download or copy it again.", inner: inner);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
