namespace ShopSmart.ExcelExport.Data;

/// <summary>A hold-out metric of a candidate (the model or a baseline) of the latest run (<c>mart.v_model_metric_latest</c>).</summary>
public sealed record ModelMetric(string Model, string Scope, string Metric, string Candidate, bool IsBaseline, double? Value)
{
    public static ModelMetric Read(FieldReader f) => new(
        f.Text("model"), f.Text("scope"), f.Text("metric"), f.Text("candidate"), f.Flag("is_baseline"), f.NullableDouble("value"));
}
