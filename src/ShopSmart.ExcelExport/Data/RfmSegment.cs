namespace ShopSmart.ExcelExport.Data;

/// <summary>An RFM segment of <c>mart.v_customer_rfm</c>: its customers, their net spend and mean R, F and M.</summary>
public sealed record RfmSegment(string Segment, long Customers, double Revenue, double RecencyDays, double Frequency, double Monetary, double AvgBasket)
{
    /// <summary>Sums the customers of <c>mart.v_customer_rfm</c> (as read through <c>mart.v_customer_360</c>) per segment.</summary>
    public static IReadOnlyList<RfmSegment> From(IReadOnlyList<CustomerScore> customers) =>
        customers
            .GroupBy(c => c.Segment, StringComparer.Ordinal)
            .Select(g => new RfmSegment(
                g.Key, g.Count(), g.Sum(c => c.Monetary), g.Average(c => (double)c.RecencyDays), g.Average(c => (double)c.Frequency),
                g.Average(c => c.Monetary), g.Average(c => c.AvgBasket ?? 0)))
            .ToList();
}
