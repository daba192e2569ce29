namespace ShopSmart.Modeling.Evaluation;

public static partial class BinaryEvaluation
{
    /// <summary>
    /// ROC points (false positive rate, true positive rate) from (0, 0) at threshold +∞, then one per distinct
    /// score, falling; empty when one class is absent. Over <paramref name="maxPoints"/> points, evenly spaced ones
    /// are kept, always the first and the last.
    /// </summary>
    public static IReadOnlyList<CurvePoint> RocCurve(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, int maxPoints = DefaultMaxCurvePoints)
    {
        Check(scores, labels);
        return RocCurve(scores, labels, ScoreOrder.Descending(scores), CountPositives(labels), maxPoints);
    }

    /// <summary>
    /// Precision-recall points (recall, precision), one per distinct score, falling; empty without positives.
    /// Thinned like <see cref="RocCurve(ReadOnlySpan{double}, ReadOnlySpan{bool}, int)"/>.
    /// </summary>
    public static IReadOnlyList<CurvePoint> PrecisionRecallCurve(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, int maxPoints = DefaultMaxCurvePoints)
    {
        Check(scores, labels);
        return PrecisionRecallCurve(scores, labels, ScoreOrder.Descending(scores), CountPositives(labels), maxPoints);
    }

    private static List<CurvePoint> RocCurve(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, int[] order, int positives, int maxPoints)
    {
        CheckMaxPoints(maxPoints);
        var negatives = order.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            return [];
        }

        var thinner = new Thinner(DistinctScores(scores, order) + 1, maxPoints);
        var points = new List<CurvePoint>(thinner.Kept);
        var index = 0;
        if (thinner.Keep(index++))
        {
            points.Add(new CurvePoint(0, 0, double.PositiveInfinity));
        }

        int tp = 0, fp = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = ScoreOrder.EndOfTies(scores, order, start);
            var (p, n) = Tally(labels, order, start, end);
            tp += p;
            fp += n;
            if (thinner.Keep(index++))
            {
                points.Add(new CurvePoint((double)fp / negatives, (double)tp / positives, scores[order[start]]));
            }

            start = end;
        }

        return points;
    }

    private static List<CurvePoint> PrecisionRecallCurve(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, int[] order, int positives, int maxPoints)
    {
        CheckMaxPoints(maxPoints);
        if (positives == 0)
        {
            return [];
        }

        var thinner = new Thinner(DistinctScores(scores, order), maxPoints);
        var points = new List<CurvePoint>(thinner.Kept);
        var index = 0;
        int tp = 0, predicted = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = ScoreOrder.EndOfTies(scores, order, start);
            tp += Tally(labels, order, start, end).Positives;
            predicted += end - start;
            if (thinner.Keep(index++))
            {
                points.Add(new CurvePoint((double)tp / positives, (double)tp / predicted, scores[order[start]]));
            }

            start = end;
        }

        return points;
    }

    private static int DistinctScores(ReadOnlySpan<double> scores, int[] order)
    {
        var distinct = 0;
        for (var start = 0; start < order.Length; start = ScoreOrder.EndOfTies(scores, order, start))
        {
            distinct++;
        }

        return distinct;
    }

    private static void CheckMaxPoints(int maxPoints)
    {
        if (maxPoints < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPoints), maxPoints, "A curve needs at least 2 points.");
        }
    }

    /// <summary>Keeps point ⌊i·(total − 1)/(kept − 1)⌋ for i = 0 … kept − 1: evenly spaced, first and last included.</summary>
    private struct Thinner(int total, int maxPoints)
    {
        private long _next;
        private int _taken;

        public readonly int Kept { get; } = Math.Min(total, maxPoints);

        public bool Keep(int index)
        {
            if (_taken >= Kept || index != _next)
            {
                return false;
            }

            _taken++;
            _next = Kept == 1 ? long.MaxValue : _taken * (long)(total - 1) / (Kept - 1);
            return true;
        }
    }
}
