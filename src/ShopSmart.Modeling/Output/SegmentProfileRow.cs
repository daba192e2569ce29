namespace ShopSmart.Modeling.Output;

/// <summary>A row of ml.segment_profile: an RFM segment or a cluster, in original units.</summary>
public sealed record SegmentProfileRow
{
    public long RunId { get; init; }

    public required string Segmentation { get; init; }

    public int SegmentId { get; init; }

    public required string SegmentName { get; init; }

    public string? NamingReason { get; init; }

    public int Customers { get; init; }

    public double CustomerShare { get; init; }

    public double Revenue { get; init; }

    public double? RevenueShare { get; init; }

    public double? RecencyDays { get; init; }

    public double? Frequency { get; init; }

    public double? Monetary { get; init; }

    public double? AvgBasket { get; init; }

    public double? TenureDays { get; init; }

    public double? DistinctProducts { get; init; }

    public double? ReturnRate { get; init; }

    public double? PBuy { get; init; }

    public double? Clv { get; init; }
}
