using System.Text;
using ShopSmart.Etl.Sources;

namespace ShopSmart.Tests.Etl;

public sealed class Crc32Tests
{
    [Fact]
    public void Crc32_of_the_standard_check_string_is_cbf43926()
    {
        // The check value every CRC-32 (IEEE) implementation publishes for "123456789"
        Assert.Equal(0xCBF43926u, Crc32.Of(Encoding.ASCII.GetBytes("123456789")));
    }

    [Fact]
    public void Crc32_appended_in_pieces_equals_crc32_of_the_whole()
    {
        var data = Encoding.ASCII.GetBytes("536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER");

        var pieces = Crc32.Finish(Crc32.Append(Crc32.Append(Crc32.Seed, data.AsSpan(0, 10)), data.AsSpan(10)));

        Assert.Equal(Crc32.Of(data), pieces);
    }
}
