namespace ShopSmart.Modeling.Evaluation;

public static partial class BinaryEvaluation
{
    /// <summary>
    /// Rows ranked by score (ties by row order) cut into ten groups of ⌊n/10⌋ or ⌈n/10⌉ rows, decile 1 the highest
    /// scores: rows at ranks ⌊(d − 1)·n/10⌋ to ⌊d·n/10⌋ − 1. Below 10 rows some deciles are empty and left out.
    /// </summary>
    public static IReadOnlyList<DecileRow> Deciles(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels)
    {
        Check(scores, labels);
        return Deciles(scores, labels, ScoreOrder.Descending(scores), CountPositives(labels));
    }

    private static List<DecileRow> Deciles(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, int[] order, int positives)
    {
        var n = order.Length;
        var baseRate = (double)positives / n;
        var rows = new List<DecileRow>(10);
        int cumulativeCount = 0, cumulativePositives = 0;
        for (var decile = 1; decile <= 10; decile++)
        {
            var start = (int)((decile - 1) * (long)n / 10);
            var end = (int)(decile * (long)n / 10);
            if (end == start)
            {
                continue;
            }

            double sum = 0;
            var hits = 0;
            for (var i = start; i < end; i++)
            {
                sum += scores[order[i]];
                if (labels[order[i]])
                {
                    hits++;
                }
            }

            var count = end - start;
            cumulativeCount += count;
            cumulativePositives += hits;
            var rate = (double)hits / count;
            var cumulativeRate = (double)cumulativePositives / cumulativeCount;
            rows.Add(new DecileRow(
                decile,
                count,
                MinScore: scores[order[end - 1]],
                MaxScore: scores[order[start]],
                MeanPredicted: sum / count,
                hits,
                rate,
                Lift: positives == 0 ? double.NaN : rate / baseRate,
                Capture: positives == 0 ? double.NaN : (double)hits / positives,
                CumulativeCapture: positives == 0 ? double.NaN : (double)cumulativePositives / positives,
                CumulativeLift: positives == 0 ? double.NaN : cumulativeRate / baseRate));
        }

        return rows;
    }
}
