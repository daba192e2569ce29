namespace ShopSmart.Modeling.Evaluation;

/// <summary>A point of a ROC (x = false-positive rate, y = true-positive rate) or PR curve (x = recall, y = precision).</summary>
public readonly record struct CurvePoint(double X, double Y);
