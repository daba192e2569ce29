using ShopSmart.Core.Texts;

namespace ShopSmart.Core.Insights;

/// <summary>
/// A recommendation as data: whom or what it is about, the evidence figures, and the expected value in pounds with
/// its basis. The words come from the text catalogue (<see cref="RecommendationText"/>), in the reader's language;
/// every figure a sentence states is one of <see cref="Figures"/>.
/// </summary>
/// <param name="Subject">The segment(s), product or country, as a value the catalogue writes (a term or a name).</param>
/// <param name="Figures">The named evidence figures, bound into the texts' placeholders.</param>
public sealed record Recommendation(
    RecommendationKind Kind,
    TextValue Subject,
    TextArgs Figures,
    double ExpectedValue,
    ValueBasis Basis)
{
    /// <summary>A variant of the action's words (<c>insight.cross_sell.action_unproven</c>), when the data calls for one.</summary>
    public string? ActionVariant { get; init; }

    /// <summary>The stem of this kind's catalogue keys: <c>insight.win_back</c>.</summary>
    public string TextKey => "insight." + Kind switch
    {
        RecommendationKind.WinBack => "win_back",
        RecommendationKind.ProtectBest => "protect_best",
        RecommendationKind.SecondPurchase => "second_purchase",
        RecommendationKind.CrossSell => "cross_sell",
        RecommendationKind.CountryGrowth => "country_growth",
        RecommendationKind.ProductReturns => "product_returns",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Unknown recommendation kind."),
    };
}
