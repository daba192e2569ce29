namespace ShopSmart.Modeling.Evaluation;

public static partial class BinaryEvaluation
{
    /// <summary>Counts when rows scoring at or above <paramref name="threshold"/> are predicted positive.</summary>
    public static ConfusionMatrix ConfusionAt(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, double threshold)
    {
        Check(scores, labels);
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            var predicted = scores[i] >= threshold;
            if (labels[i])
            {
                if (predicted)
                {
                    tp++;
                }
                else
                {
                    fn++;
                }
            }
            else if (predicted)
            {
                fp++;
            }
            else
            {
                tn++;
            }
        }

        return new ConfusionMatrix(threshold, tp, fp, tn, fn);
    }

    /// <summary>
    /// The threshold, among the distinct scores, with the highest F1; on a tie the highest such threshold (fewest
    /// rows predicted positive). Without positives no threshold helps: +∞, nothing predicted positive.
    /// </summary>
    public static ConfusionMatrix BestF1(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels)
    {
        Check(scores, labels);
        return BestF1(scores, labels, ScoreOrder.Descending(scores), CountPositives(labels));
    }

    private static ConfusionMatrix BestF1(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, int[] order, int positives)
    {
        var negatives = order.Length - positives;
        var best = new ConfusionMatrix(double.PositiveInfinity, 0, 0, negatives, positives);
        var bestF1 = 0.0;
        int tp = 0, fp = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = ScoreOrder.EndOfTies(scores, order, start);
            var (p, n) = Tally(labels, order, start, end);
            tp += p;
            fp += n;
            var f1 = 2.0 * tp / ((2.0 * tp) + fp + (positives - tp));
            if (f1 > bestF1)
            {
                bestF1 = f1;
                best = new ConfusionMatrix(scores[order[start]], tp, fp, negatives - fp, positives - tp);
            }

            start = end;
        }

        return best;
    }
}
