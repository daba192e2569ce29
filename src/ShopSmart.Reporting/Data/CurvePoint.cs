namespace ShopSmart.Reporting.Data;

/// <summary>A point of a model chart series (ml.model_curve) of the latest run.</summary>
public sealed record CurvePoint(string Model, string Curve, string Series, int Index, double? X, double? Y, double? Value, string? Label);
