namespace ShopSmart.Modeling.Data;

/// <summary>
/// One row of the purchase-history query: a product a customer bought before a cut-off, on how many invoices, and
/// when last. Read as a stream into <see cref="PurchaseHistory"/>, never kept.
/// </summary>
public readonly record struct CustomerProduct
{
    public int CustomerKey { get; init; }

    public int ProductKey { get; init; }

    public int Invoices { get; init; }

    public DateTime LastPurchaseDate { get; init; }
}
