namespace ShopSmart.Reporting.Data;

/// <summary>A hold-out metric of a model or a baseline (mart.v_model_metric_latest).</summary>
public sealed record ModelMetric(string Model, string Scope, string Metric, string Candidate, bool IsBaseline, double? Value);
