namespace ShopSmart.Modeling.Output;

/// <summary>A row of ml.customer_product_score.</summary>
public sealed record CustomerProductScoreRow(long RunId, int CustomerKey, int ProductKey, string StockCode, double PBuy, bool BoughtBefore, int ProductRank);
