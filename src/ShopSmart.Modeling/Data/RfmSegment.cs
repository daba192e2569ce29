namespace ShopSmart.Modeling.Data;

/// <summary>A customer's RFM segment and scores from mart.v_customer_rfm.</summary>
public sealed record RfmSegment
{
    public int CustomerKey { get; init; }

    public string Segment { get; init; } = "";

    public int RScore { get; init; }

    public int FScore { get; init; }

    public int MScore { get; init; }
}
