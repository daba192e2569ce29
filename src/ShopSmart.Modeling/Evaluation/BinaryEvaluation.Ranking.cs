namespace ShopSmart.Modeling.Evaluation;

public static partial class BinaryEvaluation
{
    /// <summary>
    /// ROC AUC: the probability that a random positive scores above a random negative, a tie counting ½
    /// (Mann–Whitney U / (P·N)). NaN when one class is absent.
    /// </summary>
    public static double RocAuc(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels)
    {
        Check(scores, labels);
        return RocAuc(scores, labels, ScoreOrder.Descending(scores), CountPositives(labels));
    }

    /// <summary>
    /// PR AUC as average precision: Σ over distinct thresholds of (recall gained) × (precision at that threshold),
    /// rows with equal scores entering together. NaN without positives.
    /// </summary>
    public static double AveragePrecision(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels)
    {
        Check(scores, labels);
        return AveragePrecision(scores, labels, ScoreOrder.Descending(scores), CountPositives(labels));
    }

    private static double RocAuc(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, int[] order, int positives)
    {
        var negatives = order.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        // Walking down the scores, a negative ranks below every positive already passed (one win each) and ties
        // with the positives of its own group (½ each).
        double wins = 0;
        long positivesAbove = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = ScoreOrder.EndOfTies(scores, order, start);
            var (p, n) = Tally(labels, order, start, end);
            wins += (n * (double)positivesAbove) + (0.5 * p * n);
            positivesAbove += p;
            start = end;
        }

        return wins / ((double)positives * negatives);
    }

    private static double AveragePrecision(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, int[] order, int positives)
    {
        if (positives == 0)
        {
            return double.NaN;
        }

        double sum = 0;
        long truePositives = 0;
        long predicted = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = ScoreOrder.EndOfTies(scores, order, start);
            var (p, _) = Tally(labels, order, start, end);
            truePositives += p;
            predicted += end - start;
            if (p > 0)
            {
                sum += (double)p / positives * ((double)truePositives / predicted);
            }

            start = end;
        }

        return sum;
    }

    private static (int Positives, int Negatives) Tally(ReadOnlySpan<bool> labels, int[] order, int start, int end)
    {
        var positives = 0;
        for (var i = start; i < end; i++)
        {
            if (labels[order[i]])
            {
                positives++;
            }
        }

        return (positives, end - start - positives);
    }
}
