namespace ShopSmart.Modeling.Output;

/// <summary>A row of ml.customer_recommendation.</summary>
public sealed record CustomerRecommendationRow(
    long RunId, int CustomerKey, int RecommendationRank, int ProductKey, string StockCode, string? Description, double Score, string Source, int? RuleId);
