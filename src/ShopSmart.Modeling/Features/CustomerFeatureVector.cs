namespace ShopSmart.Modeling.Features;

/// <summary>
/// The numbers the customer models learn from, in one place: names (for importance and the report) and the value of
/// each for a customer. Skewed money and count features enter on a log scale (log(1 + x)), which k-means needs and
/// trees do not mind; a missing inter-purchase time (one purchase day) is the customer's tenure, the gap so far.
/// </summary>
public static class CustomerFeatureVector
{
    public static readonly IReadOnlyList<string> Names =
    [
        "recency_days",
        "tenure_days",
        "frequency",
        "purchase_days",
        "monetary",
        "avg_basket",
        "distinct_products",
        "units",
        "return_rate",
        "ipt_mean",
        "ipt_std",
        "q4_share",
        "previous_period_revenue",
        "previous_period_orders",
        "orders_per_month",
        "is_home_country",
    ];

    /// <summary>The country most customers are in: "home" for the retailer, whatever the data set.</summary>
    public static string HomeCountry(IEnumerable<CustomerFeatures> customers) =>
        customers.GroupBy(c => c.CountryName, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault() ?? "";

    public static float[] From(CustomerFeatures c, string homeCountry) =>
    [
        Log(c.RecencyDays),
        Log(c.TenureDays),
        Log(c.Frequency),
        Log(c.PurchaseDays),
        Log(Math.Max(0, c.Monetary)),
        Log(Math.Max(0, c.AvgBasket)),
        Log(c.DistinctProducts),
        Log(Math.Max(0, c.Units)),
        (float)c.ReturnRate,
        Log(c.IptMean ?? c.TenureDays),
        Log(c.IptStd ?? 0),
        (float)c.Q4Share,
        Log(Math.Max(0, c.PreviousPeriodRevenue)),
        Log(c.PreviousPeriodOrders),
        (float)(30.4375 * c.PurchaseDays / Math.Max(30, c.TenureDays)),
        string.Equals(c.CountryName, homeCountry, StringComparison.Ordinal) ? 1f : 0f,
    ];

    private static float Log(double value) => (float)Math.Log(1 + Math.Max(0, value));
}
