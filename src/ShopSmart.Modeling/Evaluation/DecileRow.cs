namespace ShopSmart.Modeling.Evaluation;

/// <summary>
/// One tenth of the rows ranked by score (decile 1 = highest scores): its size, positives, mean score, positive rate,
/// lift (rate / overall rate) and cumulative capture (share of all positives in deciles 1..d).
/// </summary>
public sealed record DecileRow(int Decile, int Rows, int Positives, double MeanScore, double Rate, double Lift, double CumulativeCapture);
