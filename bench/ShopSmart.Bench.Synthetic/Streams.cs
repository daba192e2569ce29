namespace ShopSmart.Bench.Synthetic;

/// <summary>The random streams, one per kind of thing drawn, so changing one never shifts another.</summary>
internal static class Streams
{
    public const int Catalogue = 1;
    public const int CustomerTraits = 2;
    public const int CustomerPurchases = 3;
    public const int Guests = 4;
    public const int LineCounts = 5;
    public const int Extras = 6;
    public const int InvoiceContent = 7;
    public const int InvoiceDecoration = 8;
    public const int Cancellations = 9;
    public const int Adjustments = 10;
}
