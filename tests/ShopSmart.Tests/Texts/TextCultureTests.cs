using ShopSmart.Core.Runs;
using ShopSmart.Core.Texts;

namespace ShopSmart.Tests.Texts;

public sealed class TextCultureTests
{
    private const string Nbsp = "\u00A0";
    private const string Thin = "\u202F";

    [Fact]
    public void English_writes_pounds_first_with_commas_and_a_decimal_point()
    {
        var en = TextCulture.English;

        Assert.Equal("12,345", en.Count(12_345));
        Assert.Equal("£1,235", en.Money(1_234.5));
        Assert.Equal("£2.55", en.Money(2.55));
        Assert.Equal("\u2212£10.00", en.Money(-10));
        Assert.Equal("\u22120.12", en.Number(-0.1213));
        Assert.Equal("£184k", en.MoneyCompact(184_020));
        Assert.Equal("£1.2m", en.MoneyCompact(1_234_567));
        Assert.Equal("£9.5k", en.MoneyCompact(9_499));
        Assert.Equal("12.3%", en.Percent(0.1234));
        Assert.Equal("+4.0%", en.SignedPercent(0.04));
        Assert.Equal("0.82", en.Number(0.8213));
    }

    [Fact]
    public void French_writes_pounds_after_with_narrow_spaces_and_a_decimal_comma()
    {
        var fr = TextCulture.French;

        Assert.Equal($"12{Thin}345", fr.Count(12_345));
        Assert.Equal($"1{Thin}235{Nbsp}£", fr.Money(1_234.5));
        Assert.Equal($"2,55{Nbsp}£", fr.Money(2.55));
        Assert.Equal($"184{Nbsp}k£", fr.MoneyCompact(184_020));
        Assert.Equal($"1,2{Nbsp}M£", fr.MoneyCompact(1_234_567));
        Assert.Equal($"12,3{Thin}%", fr.Percent(0.1234));
        Assert.Equal("0,82", fr.Number(0.8213));

        // One minus sign in tables and text: a table's −0,12 as a sentence's −4,0 %
        Assert.Equal("\u22120,12", fr.Number(-0.1213));
        Assert.Equal($"\u221210,00{Nbsp}£", fr.Money(-10));
        Assert.Equal($"\u22124,0{Thin}%", fr.SignedPercent(-0.04));
        Assert.Equal($"\u22124,0{Thin}%", fr.Percent(-0.04));
    }

    [Fact]
    public void Dates_months_and_weekdays_use_the_cultures_own_names()
    {
        var day = new DateOnly(2011, 12, 9);

        Assert.Equal("9 Dec 2011", TextCulture.English.Date(day));
        Assert.Equal("9 December 2011", TextCulture.English.Date(day, longForm: true));
        Assert.Equal("9 déc. 2011", TextCulture.French.Date(day));
        Assert.Equal("9 décembre 2011", TextCulture.French.Date(day, longForm: true));
        Assert.Equal("Feb 2011", TextCulture.English.Month("2011-02"));
        Assert.Equal("février 2011", TextCulture.French.Month("2011-02", longForm: true));
        Assert.Equal("Monday", TextCulture.English.Weekday(1));
        Assert.Equal("dim.", TextCulture.French.Weekday(7, shortForm: true));
        Assert.Equal("1 Sep 2011", TextCulture.English.Date(new DateOnly(2011, 9, 1)));
        Assert.Equal("1er sept. 2011", TextCulture.French.Date(new DateOnly(2011, 9, 1)));
        Assert.Equal("1er septembre 2011", TextCulture.French.Date(new DateOnly(2011, 9, 1), longForm: true));
    }

    [Theory]
    [InlineData("en", new[] { "Norway" }, "Norway")]
    [InlineData("en", new[] { "Norway", "Germany", "France" }, "Norway, Germany and France")]
    [InlineData("fr", new[] { "samedi", "dimanche" }, "samedi et dimanche")]
    [InlineData("fr", new string[0], "")]
    public void Lists_in_running_text_join_their_last_item_with_the_cultures_and(string language, string[] items, string expected)
    {
        Assert.Equal(expected, (language == "fr" ? TextCulture.French : TextCulture.English).List(items));
    }

    [Fact]
    public void Culture_names_are_parsed_loosely_and_anything_else_is_bad_input()
    {
        Assert.Same(TextCulture.French, TextCulture.Parse("fr"));
        Assert.Same(TextCulture.French, TextCulture.Parse("FR-fr"));
        Assert.Same(TextCulture.English, TextCulture.Parse("en-GB"));
        var error = Assert.Throws<BadInputException>(() => TextCulture.Parse("de-DE"));
        Assert.Contains("de-DE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_key_that_is_not_yyyy_MM_is_refused_with_its_value()
    {
        var error = Assert.Throws<FormatException>(() => TextCulture.ParseYearMonth("2011-13"));
        Assert.Contains("2011-13", error.Message, StringComparison.Ordinal);
    }
}
