namespace ShopSmart.Modeling.Evaluation;

/// <summary>
/// One tenth of the rows ranked by score, decile 1 holding the highest scores: its calibration (mean predicted
/// against observed rate) and its lift and capture.
/// </summary>
/// <param name="Decile">1 (highest scores) to 10.</param>
/// <param name="Count">Rows in the decile.</param>
/// <param name="MinScore">Lowest score in the decile.</param>
/// <param name="MaxScore">Highest score in the decile.</param>
/// <param name="MeanPredicted">Mean score: for a calibrated model, close to <paramref name="ObservedRate"/>.</param>
/// <param name="Positives">Positive rows in the decile.</param>
/// <param name="ObservedRate">Positives / count.</param>
/// <param name="Lift">Observed rate / overall positive rate (NaN without positives).</param>
/// <param name="Capture">Share of all positives in this decile (NaN without positives).</param>
/// <param name="CumulativeCapture">Share of all positives in deciles 1 to this one.</param>
/// <param name="CumulativeLift">Positive rate of deciles 1 to this one / overall positive rate.</param>
public sealed record DecileRow(
    int Decile,
    int Count,
    double MinScore,
    double MaxScore,
    double MeanPredicted,
    int Positives,
    double ObservedRate,
    double Lift,
    double Capture,
    double CumulativeCapture,
    double CumulativeLift);
