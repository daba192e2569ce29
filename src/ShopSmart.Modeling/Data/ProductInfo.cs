namespace ShopSmart.Modeling.Data;

/// <summary>A product bought before a cut-off, with its buyers ever and in the last horizon before the cut-off.</summary>
public sealed record ProductInfo
{
    public int ProductKey { get; init; }

    public string StockCode { get; init; } = "";

    public string? Description { get; init; }

    public int Customers { get; init; }

    public int RecentCustomers { get; init; }
}
