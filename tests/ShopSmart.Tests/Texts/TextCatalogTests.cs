using System.Text.RegularExpressions;
using ShopSmart.Core.Insights;
using ShopSmart.Core.Texts;
using ShopSmart.Modeling.Baskets;
using ShopSmart.Modeling.Clv;
using ShopSmart.Modeling.Learners;
using ShopSmart.Modeling.Propensity;
using ShopSmart.Modeling.Segments;
using ShopSmart.Modeling.Spend;

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
    public void French_punctuation_keeps_its_space_on_the_same_line()
    {
        // French sets a space before : ; ? ! and inside « »; an ordinary space lets the line break there.
        var breakable = French.Keys
            .Where(key => System.Text.RegularExpressions.Regex.IsMatch(French.Get(key), @" [:;?!»]|« "))
            .ToList();

        Assert.Empty(breakable);
    }

    [Theory]
    [InlineData(1, "1 des 1\u202f000 lignes lues (0,1\u202f%) n'a pas de client (achats sans compte)\u00a0: elle compte dans les ventes")]
    [InlineData(0, "0 des 1\u202f000 lignes lues (0,0\u202f%) n'a pas de client (achats sans compte)\u00a0: elle compte dans les ventes")]
    [InlineData(2, "2 des 1\u202f000 lignes lues (0,1\u202f%) n'ont pas de client (achats sans compte)\u00a0: elles comptent dans les ventes")]
    public void French_sentences_take_the_singular_for_0_and_1(int lines, string expected)
    {
        var text = French.Format("limits.guests", new TextArgs { { "lines", TextValue.Count(lines) }, { "read", TextValue.Count(1000) }, { "share", TextValue.Percent(lines == 0 ? 0 : 0.001) } });

        Assert.StartsWith(expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_country_of_the_UCI_data_has_a_term_in_both_languages()
    {
        foreach (var country in ShopSmart.Core.Insights.CountryNames.Known)
        {
            var key = ShopSmart.Core.Insights.CountryNames.TermKey(country);
            Assert.Equal(country, English.Get(key));
            Assert.False(string.IsNullOrWhiteSpace(French.Get(key)), key);
        }

        Assert.Equal("Royaume-Uni", French.Get("country.united_kingdom"));
        Assert.Equal("Irlande", French.Get("country.eire"));
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

    /// <summary>Every model and baseline name the modelling stores; those with words in them need a term in each language.</summary>
    public static TheoryData<string> StoredCandidateNames =>
    [
        BlendedClassifier.Algorithm, GradientBoostedClassifier.Algorithm, SpendStage.Algorithm, ClvStage.Algorithm, KMeansClustering.Algorithm,
        BasketsStage.Algorithm, NextBestProductStage.Candidate, PurchasePropensityStage.RecencyRule, PurchasePropensityStage.RfmBaseline,
        ProductPropensityStage.BoughtBefore, ProductPropensityStage.Popularity, NextBestProductStage.BoughtBefore, NextBestProductStage.Popularity,
        SpendStage.PreviousPeriod, SpendStage.Mean,
    ];

    /// <summary>Names that read the same in every language: product names of algorithms.</summary>
    private static readonly HashSet<string> NeutralNames = ["LightGBM", "BG/NBD + Gamma-Gamma", "ML.NET k-means++", "FP-Growth"];

    [Theory]
    [MemberData(nameof(StoredCandidateNames))]
    public void Every_stored_model_and_baseline_name_is_a_term_in_both_languages_or_a_product_name(string name)
    {
        Assert.True(
            NeutralNames.Contains(name) || (English.Contains(CandidateNames.TermKey(name)) && French.Contains(CandidateNames.TermKey(name))),
            $"'{name}' ({CandidateNames.TermKey(name)}) has no term in the catalogues");
        if (!NeutralNames.Contains(name))
        {
            Assert.Equal(name, CandidateNames.Of(English, name));
        }
    }

    [Fact]
    public void A_term_key_keeps_letters_and_digits_drops_apostrophes_and_joins_the_rest_with_one_underscore()
    {
        Assert.Equal("candidate.lightgbm_run_rate_multiple", CandidateNames.TermKey("LightGBM (run-rate multiple)"));
        Assert.Equal("candidate.rules_propensity", CandidateNames.TermKey("rules + propensity"));
        Assert.Equal("candidate.rfm_score", CandidateNames.TermKey("RFM score"));
        Assert.Equal("segment.cant_lose_them", SegmentNames.TermKey(SegmentNames.CantLoseThem));
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
