using ShopSmart.Etl.Sources;
using static ShopSmart.Etl.Sources.DialectEvidence;

namespace ShopSmart.Tests.Etl;

public sealed class DialectEvidenceTests
{
    [Theory]
    [InlineData("2.55", Vote.First)]
    [InlineData("1,234.56", Vote.First)]
    [InlineData("0.125", Vote.First)]
    [InlineData("1,85", Vote.Second)]
    [InlineData("-11062,06", Vote.Second)]
    [InlineData("1.234,56", Vote.Second)]
    [InlineData("1.234.567", Vote.Second)]
    [InlineData("1.234", Vote.Either)]
    [InlineData("1,234", Vote.Either)]
    [InlineData("18", Vote.None)]
    [InlineData("£2.55", Vote.First)]
    [InlineData("2,55 €", Vote.Second)]
    [InlineData("£1,234", Vote.Either)]
    [InlineData("£100,000", Vote.Either)]
    [InlineData("1,234 €", Vote.Either)]
    [InlineData("(1.234)", Vote.Either)]
    [InlineData("-£1,234.56", Vote.First)]
    [InlineData("(2.55)", Vote.First)]
    [InlineData("£0,750", Vote.Second)]
    [InlineData("0,125", Vote.Second)]
    public void A_price_votes_for_the_decimal_mark_it_can_only_be_read_with(string text, Vote expected) =>
        Assert.Equal(expected, DecimalMark(text));

    [Theory]
    [InlineData("12/13/2010 8:26", Vote.First)]
    [InlineData("13/12/2010 08:26", Vote.Second)]
    [InlineData("01.12.2010 08:26", Vote.Second)]
    [InlineData("01/12/2010 08:26", Vote.Either)]
    [InlineData("12/1/2010 8:26", Vote.Either)]
    [InlineData("12/13/10 08:26", Vote.First)]
    [InlineData("13.12.10 08:26", Vote.Second)]
    [InlineData("13/12/10", Vote.Second)]
    [InlineData("12/01/10 08:26", Vote.Either)]
    [InlineData("12/13/010 08:26", Vote.None)]
    [InlineData("01/12/xx 08:26", Vote.None)]
    [InlineData("01/12/2O10 08:26", Vote.None)]
    [InlineData("23-05-20 08:26", Vote.None)]
    [InlineData("12/13/10, 8:26 AM", Vote.First)]
    [InlineData("05/05/2011 10:00", Vote.None)]
    [InlineData("2010-12-01 08:26:00", Vote.None)]
    [InlineData("not a date", Vote.None)]
    public void A_date_votes_for_the_order_it_can_only_be_read_in(string text, Vote expected) =>
        Assert.Equal(expected, DateOrder(text, out _, out _));
}
