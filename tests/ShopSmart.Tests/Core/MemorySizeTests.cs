using ShopSmart.Core.Configuration;

namespace ShopSmart.Tests.Core;

public sealed class MemorySizeTests
{
    [Theory]
    [InlineData("256MB", 256_000_000L)]
    [InlineData("1GB", 1_000_000_000L)]
    [InlineData("1 gb", 1_000_000_000L)]
    [InlineData("1.5GiB", 1_610_612_736L)]
    [InlineData("244.1 MiB", 255_957_402L)]
    [InlineData("512KiB", 524_288L)]
    [InlineData("100B", 100L)]
    [InlineData(" 2TB ", 2_000_000_000_000L)]
    public void Sizes_are_read_in_DuckDBs_units(string text, long bytes) =>
        Assert.Equal(bytes, MemorySize.Bytes(text, "X:Limit"));

    [Theory]
    [InlineData("")]
    [InlineData("256")]
    [InlineData("MB")]
    [InlineData("256 megs")]
    [InlineData("1,5GB")]
    [InlineData("256MB'; DROP TABLE x; --")]
    public void Anything_else_is_a_configuration_error_naming_the_setting(string text)
    {
        var error = Assert.Throws<ConfigurationException>(() => MemorySize.Bytes(text, "X:Limit"));

        Assert.Contains("X:Limit", error.Message, StringComparison.Ordinal);
    }
}
