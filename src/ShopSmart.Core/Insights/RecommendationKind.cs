namespace ShopSmart.Core.Insights;

/// <summary>The kinds of recommendation the builder knows; each has its texts under <c>insight.&lt;kind&gt;.*</c>.</summary>
public enum RecommendationKind
{
    /// <summary>Lapsing valuable customers (At Risk, Can't Lose Them): a win-back campaign.</summary>
    WinBack,

    /// <summary>The best customers (Champions, Loyal): keep them, without discounting.</summary>
    ProtectBest,

    /// <summary>Recent first-time buyers (New, Promising): earn the second order.</summary>
    SecondPurchase,

    /// <summary>A strong basket rule: offer the consequent to the customers it is recommended to.</summary>
    CrossSell,

    /// <summary>The market outside the home country whose customers are worth the most.</summary>
    CountryGrowth,

    /// <summary>A best-selling product cancelled far more often than the rest.</summary>
    ProductReturns,
}
