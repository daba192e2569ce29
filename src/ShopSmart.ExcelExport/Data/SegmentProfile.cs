namespace ShopSmart.ExcelExport.Data;

/// <summary>A profile of an RFM segment (<c>segmentation = 'rfm'</c>) or k-means cluster (<c>'cluster'</c>) of the latest run (<c>ml.segment_profile</c>).</summary>
public sealed record SegmentProfile(
    string Segmentation, long SegmentId, string Name, string? NamingReason, long Customers, double CustomerShare, double Revenue, double? RevenueShare,
    double? RecencyDays, double? Frequency, double? Monetary, double? AvgBasket, double? PBuy, double? Clv)
{
    public static SegmentProfile Read(FieldReader f) => new(
        f.Text("segmentation"), f.Long("segment_id"), f.Text("segment_name"), f.NullableText("naming_reason"), f.Long("customers"), f.Double("customer_share"),
        f.Double("revenue"), f.NullableDouble("revenue_share"), f.NullableDouble("recency_days"), f.NullableDouble("frequency"), f.NullableDouble("monetary"),
        f.NullableDouble("avg_basket"), f.NullableDouble("p_buy"), f.NullableDouble("clv"));
}
