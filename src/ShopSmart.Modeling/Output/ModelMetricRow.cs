namespace ShopSmart.Modeling.Output;

/// <summary>A row of ml.model_metric: one metric of one candidate (the model or a baseline) in one scope.</summary>
public sealed record ModelMetricRow(long RunId, string Model, string Scope, string Candidate, bool IsBaseline, string Metric, double? Value);
