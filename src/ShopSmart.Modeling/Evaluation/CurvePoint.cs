namespace ShopSmart.Modeling.Evaluation;

/// <summary>A point of a ROC (x = false positive rate, y = true positive rate) or precision-recall (x = recall, y = precision) curve.</summary>
/// <param name="X">Horizontal coordinate.</param>
/// <param name="Y">Vertical coordinate.</param>
/// <param name="Threshold">Scores at or above it are predicted positive; +∞ for the ROC curve's (0, 0) start.</param>
public readonly record struct CurvePoint(double X, double Y, double Threshold);
