using ShopSmart.Etl.Sources;

namespace ShopSmart.Tests.Etl;

public sealed class SpreadsheetTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData("line_x000D_break", "line\rbreak")]
    [InlineData("_x0041__x0042_", "AB")]
    [InlineData("a_x_x0041_", "a_xA")]
    [InlineData("lower_x00e9_", "lower_x00e9_")]
    [InlineData("short_x41_", "short_x41_")]
    [InlineData("end_x004", "end_x004")]
    public void Escapes_with_four_upper_case_hex_digits_are_decoded(string text, string expected) =>
        Assert.Equal(expected, SpreadsheetText.DecodeEscapes(text));
}
