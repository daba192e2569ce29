namespace ShopSmart.Modeling.Data;

/// <summary>A product a customer bought before a cut-off: on how many invoices, and when last.</summary>
public sealed record CustomerProduct
{
    public int CustomerKey { get; init; }

    public int ProductKey { get; init; }

    public int Invoices { get; init; }

    public DateTime LastPurchaseDate { get; init; }
}
