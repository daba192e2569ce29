namespace ShopSmart.Modeling.Output;

/// <summary>A row of ml.feature_importance.</summary>
public sealed record FeatureImportanceRow(long RunId, string Model, string Feature, string Metric, double Importance, double? ImportanceStd, int ImportanceRank);
