using System.Text.RegularExpressions;
using ShopSmart.Core.Insights;
using ShopSmart.Core.Texts;

namespace ShopSmart.Tests.Texts;

public sealed partial class TextCatalogTests
{
    private static readonly TextCatalog English = TextCatalog.For(TextCulture.English);
    private static readonly TextCatalog French = TextCatalog.For(TextCulture.French);

    [Fact]
    public void English_and_French_hold_exactly_the_same_keys()
    {
        Assert.NotEmpty(English.Keys);
        Assert.Equal(English.Keys.Order(StringComparer.Ordinal), French.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_text_uses_the_same_placeholders_in_both_languages()
    {
        var differences = English.Keys
            .Where(key => !TextTemplate.Placeholders(English.Get(key), key).SetEquals(TextTemplate.Placeholders(French.Get(key), key)))
            .ToList();

        Assert.Empty(differences);
    }

    [Fact]
    public void No_French_sentence_is_left_in_English()
    {
        // A text of three words or more that reads the same in both files was not translated.
        var untranslated = English.Keys
            .Where(key => WordPattern().Matches(English.Get(key)).Count >= 3 && English.Get(key) == French.Get(key))
            .ToList();

        Assert.Empty(untranslated);
    }

    [Fact]
    public void Every_segment_of_the_rfm_view_has_a_term_in_the_catalogue()
    {
        Assert.All(SegmentNames.All, segment => Assert.True(English.Contains(SegmentNames.TermKey(segment)), segment));
    }

    [Fact]
    public void A_missing_key_names_the_key_and_the_catalogue()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => French.Get("no.such.key"));

        Assert.Contains("no.such.key", error.Message, StringComparison.Ordinal);
        Assert.Contains("fr-FR", error.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex WordPattern();
}
