namespace ShopSmart.Modeling.Evaluation;

/// <summary>Counts at one threshold: a score at or above it is predicted positive.</summary>
public readonly record struct ConfusionMatrix(double Threshold, int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    public int Count => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    /// <summary>TP / (TP + FP); 0 when nothing is predicted positive.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 0 when there are no positives.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>2·TP / (2·TP + FP + FN), the harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Ratio(2L * TruePositives, (2L * TruePositives) + FalsePositives + FalseNegatives);

    /// <summary>(TP + TN) / all.</summary>
    public double Accuracy => Ratio(TruePositives + (long)TrueNegatives, Count);

    private static double Ratio(long numerator, long denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
