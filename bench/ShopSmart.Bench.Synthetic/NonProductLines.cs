namespace ShopSmart.Bench.Synthetic;

/// <summary>The fee and service lines of the UCI file: which go on which orders, and what they cost.</summary>
internal static class NonProductLines
{
    public static (string Code, string Description, int Quantity, long PriceMilli) Draw(Invoice invoice, Rng rng)
    {
        var u = rng.NextDouble();
        if (invoice.Kind == InvoiceKind.GuestPurchase)
        {
            return u < 0.8 ? ("DOT", "DOTCOM POSTAGE", 1, Pounds(rng.LogNormal(185, 0.8)))
                : u < 0.9 ? ("M", "Manual", 1, Pounds(rng.LogNormal(8, 1.5)))
                : ("gift_0001_20", "Dotcomgiftshop Gift Voucher 20.00", 1, 17_020);
        }

        if (invoice.Country != CustomerBase.HomeCountry)
        {
            return u < 0.85 ? ("POST", "POSTAGE", 1 + rng.Next(4), rng.Chance(0.6) ? 18_000 : rng.Chance(0.5) ? 15_000 : 40_000)
                : u < 0.95 ? ("C2", "CARRIAGE", 1, 50_000)
                : ("M", "Manual", 1, Pounds(rng.LogNormal(8, 1.5)));
        }

        return u < 0.55 ? ("M", "Manual", 1 + rng.Next(3), Pounds(rng.LogNormal(8, 1.5)))
            : u < 0.65 ? ("C2", "CARRIAGE", 1, 50_000)
            : u < 0.75 ? ("BANK CHARGES", "Bank Charges", 1, 15_000)
            : u < 0.85 ? ("POST", "POSTAGE", 1, 18_000)
            : u < 0.9 ? ("S", "SAMPLES", 1, Pounds(rng.LogNormal(20, 1)))
            : u < 0.93 ? ("CRUK", "CRUK Commission", 1, Pounds(rng.LogNormal(300, 0.5)))
            : u < 0.95 ? ("PADS", "PADS TO MATCH ALL CUSHIONS", 1, 1)
            : u < 0.97 ? ("AMAZONFEE", "AMAZON FEE", 1, Pounds(rng.LogNormal(2_000, 1)))
            : ("gift_0001_10", "Dotcomgiftshop Gift Voucher 10.00", 1, 8_510);
    }

    private static long Pounds(double value) => Math.Max(10, (long)Math.Round(value * 100) * 10);
}
