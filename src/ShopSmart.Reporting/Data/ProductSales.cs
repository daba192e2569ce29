namespace ShopSmart.Reporting.Data;

/// <summary>A product of mart.v_product_performance.</summary>
public sealed record ProductSales(
    string StockCode, string Description, double Revenue, double CancellationValue, long Units, long Orders, long Customers,
    int Rank, double? Share, double? CumulativeShare, string AbcClass);
