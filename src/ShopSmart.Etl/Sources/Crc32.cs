namespace ShopSmart.Etl.Sources;

/// <summary>CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) as gzip's trailer uses it.</summary>
public static class Crc32
{
    public const uint Seed = 0xFFFFFFFFu;

    private static readonly uint[] Table = BuildTable();

    public static uint Append(uint crc, ReadOnlySpan<byte> data)
    {
        foreach (var b in data)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    public static uint Finish(uint crc) => crc ^ 0xFFFFFFFFu;

    public static uint Of(ReadOnlySpan<byte> data) => Finish(Append(Seed, data));

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
