namespace ShopSmart.Modeling.Evaluation;

/// <summary>The summary of a binary classifier on a hold-out set (definitions in docs/model-grades.md).</summary>
/// <param name="Count">Rows evaluated.</param>
/// <param name="Positives">Rows labelled positive.</param>
/// <param name="RocAuc">Area under the ROC curve, ties counted as ½; NaN without both classes.</param>
/// <param name="PrAuc">Average precision; NaN without positives.</param>
/// <param name="LogLoss">Mean log-loss with probabilities clipped to [1e-15, 1 − 1e-15]; NaN when a score is not a probability.</param>
/// <param name="Brier">Mean squared error of the probabilities; NaN when a score is not a probability.</param>
/// <param name="AtThreshold">Counts, precision, recall and F1 at the requested threshold.</param>
/// <param name="BestF1">The same at the threshold with the highest F1.</param>
/// <param name="TopDecileLift">Lift of the 10% highest scores; NaN below 10 rows or without positives.</param>
/// <param name="TopDecileCapture">Share of positives among the 10% highest scores; NaN likewise.</param>
public sealed record BinaryMetrics(
    int Count,
    int Positives,
    double RocAuc,
    double PrAuc,
    double LogLoss,
    double Brier,
    ConfusionMatrix AtThreshold,
    ConfusionMatrix BestF1,
    double TopDecileLift,
    double TopDecileCapture);
