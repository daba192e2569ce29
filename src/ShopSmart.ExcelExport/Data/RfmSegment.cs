namespace ShopSmart.ExcelExport.Data;

/// <summary>An RFM segment of <c>mart.v_customer_rfm</c>: its customers, their net spend and mean R, F and M.</summary>
public sealed record RfmSegment(string Segment, long Customers, double Revenue, double RecencyDays, double Frequency, double Monetary, double AvgBasket)
{
    public static RfmSegment Read(FieldReader f) => new(
        f.Text("segment"), f.Long("customers"), f.Double("revenue"), f.Double("recency_days"), f.Double("frequency"), f.Double("monetary"),
        f.Double("avg_basket"));
}
