namespace ShopSmart.Modeling.Evaluation;

public static partial class BinaryEvaluation
{
    /// <summary>The clipping of <see cref="LogLoss"/>: a sure and wrong prediction costs −ln(1e-15) ≈ 34.5, not ∞.</summary>
    public const double LogLossEpsilon = 1e-15;

    /// <summary>
    /// Mean of −ln(probability given to the true class), that probability (p or 1 − p) clipped to [ε, 1 − ε]:
    /// −[y·ln p + (1 − y)·ln(1 − p)]. Clipping the true class's probability rather than p keeps both sides at
    /// exactly ε (1 − 1e-15 is not representable, so 1 − (1 − ε) would not be ε).
    /// </summary>
    public static double LogLoss(ReadOnlySpan<double> probabilities, ReadOnlySpan<bool> labels, double epsilon = LogLossEpsilon)
    {
        Check(probabilities, labels);
        CheckProbabilities(probabilities);
        if (!(epsilon is > 0 and < 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "The clipping must be in (0, 0.5).");
        }

        double sum = 0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            var p = labels[i] ? probabilities[i] : 1 - probabilities[i];
            sum -= Math.Log(Math.Clamp(p, epsilon, 1 - epsilon));
        }

        return sum / probabilities.Length;
    }

    /// <summary>Brier score: mean of (p − y)², 0 for a perfect forecast, 0.25 for always saying ½.</summary>
    public static double Brier(ReadOnlySpan<double> probabilities, ReadOnlySpan<bool> labels)
    {
        Check(probabilities, labels);
        CheckProbabilities(probabilities);
        double sum = 0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            var error = probabilities[i] - (labels[i] ? 1 : 0);
            sum += error * error;
        }

        return sum / probabilities.Length;
    }
}
