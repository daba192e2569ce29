namespace ShopSmart.Modeling.Data;

/// <summary>
/// What a product is called, for every product in the warehouse: association rules and recommendations may name a
/// product only guests bought, which <see cref="ProductInfo"/> (products customers bought) does not hold.
/// </summary>
public sealed record ProductLabel
{
    public int ProductKey { get; init; }

    public string StockCode { get; init; } = "";

    public string? Description { get; init; }
}
