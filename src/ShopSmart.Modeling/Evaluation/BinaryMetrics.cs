namespace ShopSmart.Modeling.Evaluation;

/// <summary>A binary classifier's hold-out figures (NaN where undefined, e.g. AUC with one class only).</summary>
public sealed record BinaryMetrics(
    double RocAuc,
    double PrAuc,
    double LogLoss,
    double Brier,
    double BaseRate,
    ThresholdMetrics AtHalf,
    ThresholdMetrics AtBestF1,
    double TopDecileLift,
    double TopDecileCapture);

/// <summary>Precision, recall and F1 when scores at or above a threshold are called positive, with the counts.</summary>
public sealed record ThresholdMetrics(double Threshold, double Precision, double Recall, double F1, int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives);
