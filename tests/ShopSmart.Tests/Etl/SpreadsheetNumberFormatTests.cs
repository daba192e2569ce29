using ShopSmart.Etl.Sources;

namespace ShopSmart.Tests.Etl;

public sealed class SpreadsheetNumberFormatTests
{
    [Theory]
    [InlineData(14)]
    [InlineData(15)]
    [InlineData(18)]
    [InlineData(22)]
    [InlineData(45)]
    [InlineData(46)]
    [InlineData(47)]
    public void Built_in_date_and_time_formats_are_dates(int id) =>
        Assert.True(SpreadsheetNumberFormat.IsDate(id, null));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(9)]
    [InlineData(13)]
    [InlineData(23)]
    [InlineData(44)]
    [InlineData(48)]
    [InlineData(49)]
    [InlineData(164)]
    public void Other_built_in_formats_are_not_dates(int id) =>
        Assert.False(SpreadsheetNumberFormat.IsDate(id, null));

    [Theory]
    [InlineData("yyyy-mm-dd h:mm:ss")]
    [InlineData("dd/mm/yyyy")]
    [InlineData("mmm-yy")]
    [InlineData("h:mm AM/PM")]
    [InlineData("[h]:mm:ss")]
    [InlineData("[$-409]d-mmm-yyyy;@")]
    [InlineData("[Red]yyyy")]
    [InlineData("\"Date: \"dd.MM.yyyy")]
    [InlineData("YYYY")]
    public void Custom_formats_with_date_or_time_tokens_are_dates(string code) =>
        Assert.True(SpreadsheetNumberFormat.IsDateCode(code));

    [Theory]
    [InlineData("General")]
    [InlineData("0.00")]
    [InlineData("#,##0.00")]
    [InlineData("0.00E+00")]
    [InlineData("@")]
    [InlineData("[Red]0.00")]
    [InlineData("[Red]#,##0;[Blue]-#,##0")]
    [InlineData("\"days\" 0")]
    [InlineData("0\\h")]
    [InlineData("_(* #,##0_);_(* (#,##0)")]
    [InlineData("\"unterminated")]
    public void Custom_formats_without_date_tokens_are_not_dates(string code) =>
        Assert.False(SpreadsheetNumberFormat.IsDateCode(code));

    [Fact]
    public void A_custom_code_decides_over_the_built_in_meaning_of_its_id()
    {
        Assert.True(SpreadsheetNumberFormat.IsDate(164, "yyyy-mm-dd"));
        Assert.False(SpreadsheetNumberFormat.IsDate(14, "0.00"));
    }
}
