namespace ShopSmart.Reporting.Data;

/// <summary>An RFM segment or k-means cluster profile (ml.segment_profile) of the latest run.</summary>
public sealed record SegmentProfile(
    string Segmentation, int Id, string Name, int Customers, double CustomerShare, double Revenue, double? RevenueShare,
    double? RecencyDays, double? Frequency, double? Monetary, double? AverageBasket, double? PBuy, double? Clv);
