namespace ShopSmart.Modeling.Output;

/// <summary>A row of ml.customer_product_score. A struct: a run holds one per customer and target product (1.6 M at 80 k customers).</summary>
public readonly record struct CustomerProductScoreRow(long RunId, int CustomerKey, int ProductKey, string StockCode, double PBuy, bool BoughtBefore, int ProductRank);
