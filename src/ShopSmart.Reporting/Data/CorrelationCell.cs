namespace ShopSmart.Reporting.Data;

/// <summary>A pair of customer features of mart.v_correlation.</summary>
public sealed record CorrelationCell(string FeatureX, string FeatureY, long Customers, double? Pearson, double? Spearman);
