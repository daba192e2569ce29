using ShopSmart.Core.Insights;
using ShopSmart.ExcelExport.Data;

namespace ShopSmart.ExcelExport.Sheets;

/// <summary>An RFM segment with its share of customers and of spend, in the order of the score map.</summary>
public sealed record SegmentShare(
    string Segment, long Customers, double CustomerShare, double Revenue, double? RevenueShare, double RecencyDays, double Frequency,
    double Monetary, double AvgBasket)
{
    public static IReadOnlyList<SegmentShare> From(IReadOnlyList<RfmSegment> segments)
    {
        var customers = segments.Sum(s => s.Customers);
        var revenue = segments.Sum(s => s.Revenue);
        return segments
            .OrderBy(s => Rank(s.Segment))
            .ThenBy(s => s.Segment, StringComparer.Ordinal)
            .Select(s => new SegmentShare(
                s.Segment, s.Customers, customers == 0 ? 0 : (double)s.Customers / customers, s.Revenue, revenue == 0 ? null : s.Revenue / revenue,
                s.RecencyDays, s.Frequency, s.Monetary, s.AvgBasket))
            .ToList();
    }

    /// <summary>The position of a segment in the score map; unknown names go last.</summary>
    public static int Rank(string segment) => SegmentNames.Order(segment);
}
