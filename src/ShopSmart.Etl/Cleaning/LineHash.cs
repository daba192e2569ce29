using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ShopSmart.Etl.Cleaning;

/// <summary>
/// "The same source line", computed once: 128 bits of the SHA-256 of a line's eight values as loaded (text
/// length-prefixed in UTF-8, null distinct from empty; numbers in fixed width, the price in ten-thousandths). Staged
/// and stored with every fact, so duplicates within a file and lines an earlier batch loaded compare one column.
/// </summary>
public static class LineHash
{
    public static Guid Of(
        string invoiceNo, string stockCodeRaw, string? description, int quantity, DateTime invoiceAt, decimal unitPrice,
        string? customerId, string? country)
    {
        var size = 5 * sizeof(int) + Utf8(invoiceNo) + Utf8(stockCodeRaw) + Utf8(description) + Utf8(customerId) + Utf8(country)
            + sizeof(int) + sizeof(long) + sizeof(long);
        byte[]? rented = null;
        Span<byte> buffer = size <= 1024 ? stackalloc byte[1024] : (rented = ArrayPool<byte>.Shared.Rent(size));
        try
        {
            var at = 0;
            at = WriteText(buffer, at, invoiceNo);
            at = WriteText(buffer, at, stockCodeRaw);
            at = WriteText(buffer, at, description);
            at = WriteText(buffer, at, customerId);
            at = WriteText(buffer, at, country);
            BinaryPrimitives.WriteInt32LittleEndian(buffer[at..], quantity);
            BinaryPrimitives.WriteInt64LittleEndian(buffer[(at + 4)..], invoiceAt.Ticks);
            BinaryPrimitives.WriteInt64LittleEndian(buffer[(at + 12)..], (long)(decimal.Round(unitPrice, 4) * 10_000m));
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer[..(at + 20)], digest);
            return new Guid(digest[..16]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static int Utf8(string? text) => text is null ? 0 : Encoding.UTF8.GetByteCount(text);

    private static int WriteText(Span<byte> buffer, int at, string? text)
    {
        if (text is null)
        {
            BinaryPrimitives.WriteInt32LittleEndian(buffer[at..], -1);
            return at + 4;
        }

        var written = Encoding.UTF8.GetBytes(text, buffer[(at + 4)..]);
        BinaryPrimitives.WriteInt32LittleEndian(buffer[at..], written);
        return at + 4 + written;
    }
}
