namespace ShopSmart.Reporting.Data;

/// <summary>Permutation importance of a feature (ml.feature_importance) of the latest run.</summary>
public sealed record FeatureImportance(string Model, string Feature, string Metric, double Importance, double? StdDev, int Rank);
