namespace ShopSmart.Modeling.Output;

/// <summary>A row of ml.customer_score: a customer's segment, cluster and predictions for the next horizon.</summary>
public sealed record CustomerScoreRow
{
    public long RunId { get; init; }

    public int CustomerKey { get; init; }

    public string CustomerId { get; init; } = "";

    public string? RfmSegment { get; init; }

    public int? ClusterId { get; init; }

    public string? ClusterName { get; init; }

    public double? PBuy { get; init; }

    public double? ChurnProbability { get; init; }

    public double? PredictedSpend { get; init; }

    public double? ExpectedPurchases { get; init; }

    public double? PAlive { get; init; }

    public double? ExpectedOrderValue { get; init; }

    public double? Clv { get; init; }
}
