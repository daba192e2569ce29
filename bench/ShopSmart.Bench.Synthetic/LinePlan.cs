namespace ShopSmart.Bench.Synthetic;

/// <summary>
/// How many lines of each kind a file of <see cref="Total"/> lines gets, at the UCI file's rates, adding up exactly
/// to the total. Duplicates and non-product lines sit inside purchase invoices, split between guests and customers
/// in proportion to their purchase lines.
/// </summary>
public sealed record LinePlan(
    long Total,
    long CustomerProductLines,
    long GuestProductLines,
    long CustomerDuplicates,
    long GuestDuplicates,
    long CustomerNonProduct,
    long GuestNonProduct,
    long CustomerCancellations,
    long GuestCancellations,
    long StockAdjustments,
    long BadDebts)
{
    public long Cancellations => CustomerCancellations + GuestCancellations;

    public long Duplicates => CustomerDuplicates + GuestDuplicates;

    public long NonProduct => CustomerNonProduct + GuestNonProduct;

    /// <summary>Lines with no customer: guest invoices (with their copies and fees), guest cancellations, adjustments.</summary>
    public long MissingCustomer => GuestProductLines + GuestDuplicates + GuestNonProduct + GuestCancellations + StockAdjustments + BadDebts;

    public static LinePlan For(long total)
    {
        var cancellations = Round(total * RealDataRates.Cancellation);
        var guestCancellations = Round(cancellations * RealDataRates.CancellationWithoutCustomer);
        var stockAdjustments = Round(total * RealDataRates.StockAdjustment);
        var badDebts = Round(total * RealDataRates.BadDebt);
        var missing = Round(total * RealDataRates.MissingCustomer);

        // Purchase invoices' lines (products, copies, fees), for guests and for customers.
        var guestPurchase = missing - guestCancellations - stockAdjustments - badDebts;
        var customerPurchase = total - missing - (cancellations - guestCancellations);
        var guestShare = guestPurchase / (double)(guestPurchase + customerPurchase);

        var duplicates = Round(total * RealDataRates.Duplicate);
        var guestDuplicates = Round(duplicates * guestShare);
        var nonProduct = Round(total * RealDataRates.NonProduct);
        var guestNonProduct = Round(nonProduct * guestShare);

        return new LinePlan(
            total,
            customerPurchase - (duplicates - guestDuplicates) - (nonProduct - guestNonProduct),
            guestPurchase - guestDuplicates - guestNonProduct,
            duplicates - guestDuplicates,
            guestDuplicates,
            nonProduct - guestNonProduct,
            guestNonProduct,
            cancellations - guestCancellations,
            guestCancellations,
            stockAdjustments,
            badDebts);
    }

    private static long Round(double value) => (long)Math.Round(value, MidpointRounding.AwayFromZero);
}
