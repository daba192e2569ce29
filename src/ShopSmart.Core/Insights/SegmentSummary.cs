namespace ShopSmart.Core.Insights;

/// <summary>
/// One RFM segment (mart.v_customer_rfm) with, when a modelling run exists, its customers' model figures summed or
/// averaged from ml.customer_score (null before the first run).
/// </summary>
public sealed record SegmentSummary(
    string Segment,
    int Customers,
    double Monetary,
    double MeanRecencyDays,
    int OneOrderCustomers,
    int ScoredCustomers,
    double? Clv,
    double? PredictedSpend,
    double? MeanPBuy);
