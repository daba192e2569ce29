using ShopSmart.Etl.Sources;

namespace ShopSmart.Tests.Etl;

public sealed class CellReferenceTests
{
    [Theory]
    [InlineData("A1", 0)]
    [InlineData("C5", 2)]
    [InlineData("Z9", 25)]
    [InlineData("AA10", 26)]
    [InlineData("AZ1", 51)]
    [InlineData("BA1", 52)]
    [InlineData("ZZ1", 701)]
    [InlineData("AAA1", 702)]
    [InlineData("XFD1048576", 16383)]
    [InlineData("h2", 7)]
    [InlineData("B", 1)]
    public void Column_letters_give_the_zero_based_column(string reference, int expected) =>
        Assert.Equal(expected, CellReference.ColumnIndex(reference));

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("XFE1")]
    [InlineData("AAAA1")]
    [InlineData("$A$1")]
    public void A_reference_without_a_valid_column_gives_minus_one(string reference) =>
        Assert.Equal(-1, CellReference.ColumnIndex(reference));
}
