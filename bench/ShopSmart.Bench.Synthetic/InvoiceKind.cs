namespace ShopSmart.Bench.Synthetic;

/// <summary>The kinds of invoice in the file, in the order they sort within one minute.</summary>
internal enum InvoiceKind : byte
{
    Purchase = 0,
    GuestPurchase = 1,
    Cancellation = 2,
    StockAdjustment = 3,
    BadDebt = 4,
}
