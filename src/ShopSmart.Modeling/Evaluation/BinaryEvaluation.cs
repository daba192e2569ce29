namespace ShopSmart.Modeling.Evaluation;

/// <summary>
/// Metrics of a binary classifier from its scores and the true labels. Higher scores mean "more likely positive";
/// the probability metrics (log-loss, Brier) need scores in [0, 1]. Each metric is a pure function; <see cref="Evaluate"/>
/// computes them all from one sort, which matters at a million rows.
/// </summary>
public static partial class BinaryEvaluation
{
    /// <summary>The default cap on curve points: enough for a smooth plot, small enough for a worksheet.</summary>
    public const int DefaultMaxCurvePoints = 200;

    /// <summary>Summary, decile table and curves of one model on one hold-out set.</summary>
    /// <param name="scores">One score per row; higher means more likely positive.</param>
    /// <param name="labels">True class per row.</param>
    /// <param name="threshold">Threshold for <see cref="BinaryMetrics.AtThreshold"/>.</param>
    /// <param name="maxCurvePoints">Most points per curve (at least 2).</param>
    public static BinaryReport Evaluate(
        ReadOnlySpan<double> scores,
        ReadOnlySpan<bool> labels,
        double threshold = 0.5,
        int maxCurvePoints = DefaultMaxCurvePoints)
    {
        Check(scores, labels);
        var order = ScoreOrder.Descending(scores);
        var positives = CountPositives(labels);
        var isProbability = AllProbabilities(scores);
        var deciles = Deciles(scores, labels, order, positives);
        var top = deciles.Count > 0 && deciles[0].Decile == 1 ? deciles[0] : null;
        var metrics = new BinaryMetrics(
            scores.Length,
            positives,
            RocAuc(scores, labels, order, positives),
            AveragePrecision(scores, labels, order, positives),
            isProbability ? LogLoss(scores, labels) : double.NaN,
            isProbability ? Brier(scores, labels) : double.NaN,
            ConfusionAt(scores, labels, threshold),
            BestF1(scores, labels, order, positives),
            top?.Lift ?? double.NaN,
            top?.Capture ?? double.NaN);
        return new BinaryReport(
            metrics,
            deciles,
            RocCurve(scores, labels, order, positives, maxCurvePoints),
            PrecisionRecallCurve(scores, labels, order, positives, maxCurvePoints));
    }

    private static void Check(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels)
    {
        if (scores.Length != labels.Length)
        {
            throw new ArgumentException($"{scores.Length} scores but {labels.Length} labels: they must pair up row by row.", nameof(labels));
        }

        if (scores.Length == 0)
        {
            throw new ArgumentException("No rows to evaluate.", nameof(scores));
        }

        for (var i = 0; i < scores.Length; i++)
        {
            if (double.IsNaN(scores[i]))
            {
                throw new ArgumentException($"Score {i} is NaN.", nameof(scores));
            }
        }
    }

    private static void CheckProbabilities(ReadOnlySpan<double> probabilities)
    {
        for (var i = 0; i < probabilities.Length; i++)
        {
            if (!(probabilities[i] is >= 0 and <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(probabilities), probabilities[i], $"Probability {i} is not in [0, 1].");
            }
        }
    }

    private static bool AllProbabilities(ReadOnlySpan<double> scores)
    {
        foreach (var score in scores)
        {
            if (!(score is >= 0 and <= 1))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountPositives(ReadOnlySpan<bool> labels)
    {
        var positives = 0;
        foreach (var label in labels)
        {
            if (label)
            {
                positives++;
            }
        }

        return positives;
    }
}
