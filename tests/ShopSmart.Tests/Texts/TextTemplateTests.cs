using ShopSmart.Core.Texts;

namespace ShopSmart.Tests.Texts;

public sealed class TextTemplateTests
{
    private static string Fill(string template, TextArgs args, TextCulture? culture = null) =>
        TextTemplate.Fill(template, args, culture ?? TextCulture.English, key => $"<{key}>", "test.key");

    [Fact]
    public void Named_placeholders_are_written_for_their_kind_and_style()
    {
        var args = new TextArgs
        {
            { "customers", TextValue.Count(312) },
            { "value", TextValue.Money(184_000) },
            { "share", TextValue.Percent(0.25) },
            { "segment", TextValue.Term("segment.at_risk") },
            { "month", TextValue.Month("2011-11") },
        };

        var text = Fill("{customers} {segment} customers, {value:compact} ({value}), {share:0}, peak in {month:long}", args);

        Assert.Equal("312 <segment.at_risk> customers, £184k (£184,000), 25%, peak in November 2011", text);
    }

    [Theory]
    [InlineData(0, "en", "0 customers")]
    [InlineData(1, "en", "1 customer")]
    [InlineData(2, "en", "2 customers")]
    [InlineData(0, "fr", "0 client")]
    [InlineData(1, "fr", "1 client")]
    [InlineData(2, "fr", "2 clients")]
    public void Plural_words_agree_with_the_number_by_the_cultures_rule(int count, string language, string expected)
    {
        var culture = TextCulture.Parse(language);
        var template = language == "en" ? "{n} {n|customer|customers}" : "{n} {n|client|clients}";

        Assert.Equal(expected, Fill(template, new TextArgs { { "n", TextValue.Count(count) } }, culture));
    }

    [Fact]
    public void Doubled_braces_are_literal()
    {
        Assert.Equal("{not a placeholder} 3", Fill("{{not a placeholder}} {n}", new TextArgs { { "n", TextValue.Count(3) } }));
    }

    [Fact]
    public void A_placeholder_without_a_value_names_the_text_and_the_placeholder()
    {
        var error = Assert.Throws<FormatException>(() => Fill("{customers} and {value}", new TextArgs { { "customers", TextValue.Count(1) } }));

        Assert.Contains("test.key", error.Message, StringComparison.Ordinal);
        Assert.Contains("'value'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unclosed {n")]
    [InlineData("stray } brace")]
    [InlineData("{n|one}")]
    [InlineData("{bad name}")]
    public void A_malformed_template_is_refused(string template)
    {
        Assert.Throws<FormatException>(() => Fill(template, new TextArgs { { "n", TextValue.Count(1) } }));
    }

    [Fact]
    public void Placeholders_lists_each_name_once_including_plural_forms()
    {
        var names = TextTemplate.Placeholders("{a} {b:compact} {a|x|y} {{c}}");

        Assert.Equal(["a", "b"], names);
    }
}
