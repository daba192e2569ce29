using ShopSmart.Core.Texts;

namespace ShopSmart.Core.Insights;

/// <summary>Turns a <see cref="Recommendation"/> into words with the catalogue of the reader's language.</summary>
public static class RecommendationText
{
    public static RecommendationWords Describe(Recommendation recommendation, TextCatalog catalog)
    {
        var args = new TextArgs { { "subject", recommendation.Subject }, { "expected_value", TextValue.Money(recommendation.ExpectedValue) } };
        foreach (var (name, value) in recommendation.Figures)
        {
            args.Add(name, value);
        }

        var key = recommendation.TextKey;
        var basis = recommendation.Basis == ValueBasis.Model ? "model" : "history";
        return new RecommendationWords(
            catalog.Format(key + ".title", args),
            catalog.Format(key + ".evidence", args),
            catalog.Format(key + ".action" + (recommendation.ActionVariant is { } variant ? "_" + variant : string.Empty), args),
            catalog.Format($"{key}.value_{basis}", args));
    }
}
