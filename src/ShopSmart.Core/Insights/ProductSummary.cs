namespace ShopSmart.Core.Insights;

/// <summary>A product's sales and cancellations (mart.v_product_performance); cancellation value is ≤ 0.</summary>
public sealed record ProductSummary(
    string StockCode, string Description, double Revenue, double CancellationValue, int Orders, int RevenueRank, string AbcClass);
