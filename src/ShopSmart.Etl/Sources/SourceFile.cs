using System.Security.Cryptography;
using System.Text;

namespace ShopSmart.Etl.Sources;

/// <summary>A source file as inspected before loading: content hash (the batch key), format and text encoding.</summary>
/// <param name="Path">The file as the user knows it, in messages and the batch's record: for a file of a zip archive,
/// the archive's path and the file's name inside it (<see cref="SourceArchive"/>).</param>
public sealed record SourceFile(string Path, string ContentHash, long SizeBytes, SourceFormat Format, Encoding? Encoding)
{
    /// <summary>Where the bytes are read from: <see cref="Path"/> itself, or the temporary copy of an archive's file.</summary>
    public string ReadPath { get; init; } = Path;

    /// <summary>How the console names the file: its own name, or for a file of a zip archive the archive's and its own (online+retail.zip/Online Retail.xlsx).</summary>
    public string Name { get; init; } = System.IO.Path.GetFileName(Path);

    /// <summary>
    /// The file as a batch knows it when only some of its sheets are read (<c>--sheet</c>): its content hash taken again
    /// with the names of the sheets read, so that another choice of sheets is another batch, not "already loaded" (and
    /// <c>--force</c> replaces only the batch of the same sheets). A CSV, or a workbook read whole, is itself.
    /// </summary>
    public SourceFile ReadingSheets(IReadOnlyList<string> sheets) =>
        sheets.Count == 0 || Format is not (SourceFormat.Xlsx or SourceFormat.Xls)
            ? this
            : this with
            {
                ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
                    $"{ContentHash}\nsheets:{string.Join("\n", sheets.Select(s => s.Trim().ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal))}"))),
            };

    public string FormatName => Format switch
    {
        SourceFormat.CsvGzip => "csv.gz",
        SourceFormat.Xlsx => "xlsx",
        SourceFormat.Xls => "xls",
        _ => "csv",
    };

    static SourceFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// The longest path a batch records: <c>source_file</c> is NVARCHAR(1000) on SQL Server, where a longer one would fail
    /// the load with a truncation error (DuckDB takes any length; the limit is the same on both).
    /// </summary>
    public const int MaxPathLength = 1000;

    /// <summary>
    /// Reads the file once to hash it and, for text, chooses the encoding from its first megabyte: a BOM's, else
    /// Windows-1252 (the superset of Latin-1 the UCI export uses) when that megabyte is not valid UTF-8, else UTF-8 that
    /// reads any later byte that is not UTF-8 as Windows-1252 — so a file is never decompressed twice to choose.
    /// </summary>
    /// <param name="shownAs">The path to name the file by, when <paramref name="path"/> is a temporary copy.</param>
    public static SourceFile Inspect(string path, string? shownAs = null)
    {
        var shown = shownAs ?? path;
        if (!File.Exists(path))
        {
            throw new SourceFileException(shown, "file not found.");
        }

        var size = new FileInfo(path).Length;
        if (size == 0)
        {
            throw new SourceFileException(shown, "the file is empty (no header row).");
        }

        string hash;
        byte[] head = new byte[4];
        using (var stream = File.OpenRead(path))
        {
            _ = stream.Read(head, 0, head.Length);
            stream.Position = 0;
            hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        var format = head switch
        {
            [0x50, 0x4B, ..] => SourceFormat.Xlsx,               // zip container
            [0xD0, 0xCF, 0x11, 0xE0] => SourceFormat.Xls,        // OLE container
            [0x1F, 0x8B, ..] => SourceFormat.CsvGzip,
            _ => SourceFormat.Csv,
        };
        var full = System.IO.Path.GetFullPath(path);
        var stored = shownAs ?? full;
        if (stored.Length > MaxPathLength)
        {
            throw new SourceFileException(stored,
                $"its path is {stored.Length:N0} characters long, more than the {MaxPathLength:N0} the warehouse records (etl.batch.source_file): " +
                "move it to a shorter path (or, for a file of a zip archive, unzip it there) and load it from there.");
        }

        var encoding = format is SourceFormat.Xlsx or SourceFormat.Xls ? null : DetectEncoding(full, stored, format);
        return new SourceFile(stored, hash, size, format, encoding) { ReadPath = full };
    }

    /// <summary>Opens the decompressed byte stream of a text source.</summary>
    public Stream OpenText() => OpenText(ReadPath, Path, Format);

    /// <summary>
    /// Opens a text source decoded in the encoding chosen here, byte-order marks included: a reader that detected them
    /// itself would swap a UTF-8 file's lenient decoding for plain UTF-8 and turn stray Windows-1252 bytes into
    /// replacement characters.
    /// </summary>
    public StreamReader OpenDecoded() =>
        new(OpenText(), Encoding ?? System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: false, 1 << 16);

    /// <summary>Opens a text source as the CSV reader reads it: decoded, with a lone \r as a line break wherever it stands.</summary>
    public TextReader OpenReader(char delimiter) => new LineBreakReader(OpenDecoded(), delimiter);

    private static Stream OpenText(string path, string shown, SourceFormat format) =>
        format == SourceFormat.CsvGzip
            ? new GzipEndCheck(path, shown)
            : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    private const int EncodingSample = 1 << 20;

    private static Encoding DetectEncoding(string path, string shown, SourceFormat format)
    {
        using var stream = OpenText(path, shown, format);
        var buffer = new byte[EncodingSample];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        // Byte-order marks, UTF-32's first (its little-endian mark starts like UTF-16's): the readers take the encoding
        // chosen here and do not look for marks themselves.
        if (length >= 4 && buffer[0] == 0xFF && buffer[1] == 0xFE && buffer[2] == 0 && buffer[3] == 0)
        {
            return new UTF32Encoding(bigEndian: false, byteOrderMark: true);
        }

        if (length >= 4 && buffer[0] == 0 && buffer[1] == 0 && buffer[2] == 0xFE && buffer[3] == 0xFF)
        {
            return new UTF32Encoding(bigEndian: true, byteOrderMark: true);
        }

        if (length >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF)))
        {
            return buffer[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
        }

        // A UTF-8 byte-order mark says UTF-8 whatever follows; a stray Windows-1252 byte in it is still read as the
        // character it stands for, not as a replacement character.
        if (length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
        {
            return Windows1252Fallback.Utf8;
        }

        // UTF-16 without a mark (SQL Server's bcp -w writes it so): text whose every other byte is zero.
        if (Utf16WithoutMark(buffer.AsSpan(0, length)) is { } utf16)
        {
            return utf16;
        }

        // A sample cut inside a multi-byte character is still valid UTF-8 up to there: decode without flushing.
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        try
        {
            decoder.GetCharCount(buffer, 0, length, flush: length < buffer.Length);
            return Windows1252Fallback.Utf8;
        }
        catch (DecoderFallbackException)
        {
            return Windows1252;
        }
    }

    /// <summary>
    /// UTF-16 text without a byte-order mark, told by its zero bytes: in the header and the first lines (Latin text)
    /// nearly every high byte is zero, which a UTF-8 or Windows-1252 file never has. Null when the sample is not so.
    /// </summary>
    internal static Encoding? Utf16WithoutMark(ReadOnlySpan<byte> sample)
    {
        var pairs = Math.Min(sample.Length, 4096) / 2;
        if (pairs < 16)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < pairs; i++)
        {
            evenZeros += sample[2 * i] == 0 ? 1 : 0;
            oddZeros += sample[(2 * i) + 1] == 0 ? 1 : 0;
        }

        // A few NUL characters (bcp writes an empty string as one) put zeros on both sides; a UTF-8 or Windows-1252 file
        // has none at all.
        var few = pairs * 0.05;
        return oddZeros >= pairs * 0.9 && evenZeros <= few ? new UnicodeEncoding(bigEndian: false, byteOrderMark: false)
            : evenZeros >= pairs * 0.9 && oddZeros <= few ? new UnicodeEncoding(bigEndian: true, byteOrderMark: false)
            : null;
    }
}
