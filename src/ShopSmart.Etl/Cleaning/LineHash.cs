using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace ShopSmart.Etl.Cleaning;

/// <summary>
/// "The same source line", computed once: a 128-bit hash of a line's eight values as loaded (text without the white
/// space around it, length-prefixed in UTF-8, null distinct from empty; numbers in fixed width, the price in
/// ten-thousandths). Staged and stored with every fact, so duplicates within a file and lines an earlier batch loaded
/// compare one column.
/// </summary>
/// <remarks>
/// Space around a value is not part of it: tools that re-export loaded lines trim it (Google Sheets, pandas'
/// <c>str.strip</c>, Excel's TRIM) or pad to a column's width (<c>sqlcmd</c> without <c>-W</c>), and a fifth of the UCI
/// descriptions end in a space, so a hash over the text as written let such a copy load twice.
/// The hash is stored in the warehouse, so it must never change: a test pins its value for one line. (Leaving the
/// surrounding space out changed it only for values that had some; the migration <c>rehash_padded_lines</c> hands
/// those to the backfill.) It is not
/// SHA-256 because a cryptographic hash of half a million short values costs ~0.3 s through the platform's crypto
/// library, a third of the time the whole file takes to parse; nothing here needs resistance to a crafted collision.
/// Two 64-bit lanes each take the bytes as little-endian 64-bit words, <c>lane = rotl(lane ^ word·P, r)·Q</c>: for a
/// given lane every step is a bijection of the word, and of the lane for a given word, so two lines that differ in
/// one word always end in different lanes; the length, a cross-mix of the lanes and a 64-bit avalanche finaliser (all
/// bijections) follow. Lines differing in more words collide with probability about 2^-128.
/// </remarks>
public static class LineHash
{
    // The bytes of the line being hashed, one buffer per thread, kept between lines: the hash is taken on the loader's
    // reader thread for every line, and a fresh buffer cost a clear of its bytes and a second pass over each text to
    // size it.
    [ThreadStatic]
    private static byte[]? _scratch;

    public static Guid Of(
        string invoiceNo, string stockCodeRaw, string? description, int quantity, DateTime invoiceAt, decimal unitPrice,
        string? customerId, string? country)
    {
        var most = 5 * sizeof(int) + MaxUtf8(invoiceNo) + MaxUtf8(stockCodeRaw) + MaxUtf8(description) + MaxUtf8(customerId)
            + MaxUtf8(country) + sizeof(int) + sizeof(long) + sizeof(long);
        var buffer = _scratch is { } kept && kept.Length >= most ? kept : (_scratch = new byte[Math.Max(most, 1024)]);
        var at = 0;
        at = WriteText(buffer, at, invoiceNo);
        at = WriteText(buffer, at, stockCodeRaw);
        at = WriteText(buffer, at, description);
        at = WriteText(buffer, at, customerId);
        at = WriteText(buffer, at, country);
        BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(at), quantity);
        BinaryPrimitives.WriteInt64LittleEndian(buffer.AsSpan(at + 4), invoiceAt.Ticks);
        BinaryPrimitives.WriteInt64LittleEndian(buffer.AsSpan(at + 12), (long)(decimal.Round(unitPrice, 4) * 10_000m));
        return Hash128(buffer.AsSpan(0, at + 20));
    }

    private static Guid Hash128(ReadOnlySpan<byte> data)
    {
        // Odd 64-bit multipliers and offsets with well-mixed bits (the constants MurmurHash3 and the golden ratio use).
        const ulong P = 0x87C37B91114253D5UL;
        const ulong Q = 0x4CF5AD432745937FUL;
        var lane1 = 0x9E3779B97F4A7C15UL;
        var lane2 = 0xC2B2AE3D27D4EB4FUL;
        var at = 0;
        for (; at + 8 <= data.Length; at += 8)
        {
            var word = BinaryPrimitives.ReadUInt64LittleEndian(data[at..]);
            lane1 = BitOperations.RotateLeft(lane1 ^ (word * P), 31) * Q;
            lane2 = BitOperations.RotateLeft(lane2 ^ (word * Q), 33) * P;
        }

        if (at < data.Length)
        {
            Span<byte> tail = stackalloc byte[8];
            tail.Clear();
            data[at..].CopyTo(tail);
            var word = BinaryPrimitives.ReadUInt64LittleEndian(tail);
            lane1 = BitOperations.RotateLeft(lane1 ^ (word * P), 31) * Q;
            lane2 = BitOperations.RotateLeft(lane2 ^ (word * Q), 33) * P;
        }

        lane1 ^= (ulong)data.Length;
        lane2 ^= (ulong)data.Length;
        lane1 += lane2;
        lane2 += lane1;
        lane1 = Avalanche(lane1);
        lane2 = Avalanche(lane2);
        lane1 += lane2;
        lane2 += lane1;
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, lane1);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], lane2);
        return new Guid(bytes);
    }

    /// <summary>A bijective 64-bit finaliser: every input bit affects every output bit.</summary>
    private static ulong Avalanche(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }

    private static int MaxUtf8(string? text) => text is null ? 0 : Encoding.UTF8.GetMaxByteCount(text.Length);

    private static int WriteText(Span<byte> buffer, int at, string? text)
    {
        if (text is null)
        {
            BinaryPrimitives.WriteInt32LittleEndian(buffer[at..], -1);
            return at + 4;
        }

        var written = Encoding.UTF8.GetBytes(text.AsSpan().Trim(), buffer[(at + 4)..]);
        BinaryPrimitives.WriteInt32LittleEndian(buffer[at..], written);
        return at + 4 + written;
    }
}
