namespace ShopSmart.Modeling.Output;

/// <summary>A row of ml.model_curve: one point of a chart series.</summary>
public sealed record ModelCurveRow(long RunId, string Model, string Curve, string Series, int PointIndex, double? X, double? Y, double? Value, string? Label);
