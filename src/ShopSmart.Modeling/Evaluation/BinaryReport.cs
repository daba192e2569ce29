namespace ShopSmart.Modeling.Evaluation;

/// <summary>Everything <see cref="BinaryEvaluation.Evaluate"/> computes from one sort of the scores.</summary>
/// <param name="Metrics">The one-row summary.</param>
/// <param name="Deciles">Calibration, lift and capture by decile, decile 1 first.</param>
/// <param name="Roc">ROC curve points from (0, 0) to (1, 1), thinned for plotting.</param>
/// <param name="PrecisionRecall">Precision-recall points by falling threshold, thinned for plotting.</param>
public sealed record BinaryReport(
    BinaryMetrics Metrics,
    IReadOnlyList<DecileRow> Deciles,
    IReadOnlyList<CurvePoint> Roc,
    IReadOnlyList<CurvePoint> PrecisionRecall);
