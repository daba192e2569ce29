namespace ShopSmart.ExcelExport.Data;

/// <summary>Permutation importance of a feature of a model (<c>ml.feature_importance</c>).</summary>
public sealed record FeatureImportance(string Model, string Feature, string Metric, double Importance, double? ImportanceStd, long Rank)
{
    public static FeatureImportance Read(FieldReader f) => new(
        f.Text("model"), f.Text("feature"), f.Text("metric"), f.Double("importance"), f.NullableDouble("importance_std"), f.Long("importance_rank"));
}
