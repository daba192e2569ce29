namespace ShopSmart.Modeling.Evaluation;

/// <summary>
/// Binary classification metrics on scores and labels, as pure functions. Conventions: a score at or above the
/// threshold is a positive call; tied scores are one threshold (never split by row order); metrics that need both
/// classes are NaN when one is missing.
/// </summary>
public static class ClassificationMetrics
{
    private const double Epsilon = 1e-15;

    public static BinaryMetrics Compute(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        Require(scores, labels);
        var deciles = Deciles(scores, labels);
        var top = deciles.Count > 0 ? deciles[0] : null;
        return new BinaryMetrics(
            RocAuc(scores, labels),
            AveragePrecision(scores, labels),
            LogLoss(scores, labels),
            Brier(scores, labels),
            labels.Count == 0 ? double.NaN : labels.Count(l => l) / (double)labels.Count,
            AtThreshold(scores, labels, 0.5),
            BestF1(scores, labels),
            top?.Lift ?? double.NaN,
            top?.CumulativeCapture ?? double.NaN);
    }

    /// <summary>ROC AUC as the Mann–Whitney probability that a positive outscores a negative, ties counting ½.</summary>
    public static double RocAuc(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        Require(scores, labels);
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        var ranks = Ranking.AverageRanks(scores);
        var positiveRankSum = 0.0;
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i])
            {
                positiveRankSum += ranks[i];
            }
        }

        return (positiveRankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }

    /// <summary>
    /// Average precision: Σ (Rₖ − Rₖ₋₁)·Pₖ over the distinct score thresholds from high to low — the area under the
    /// precision-recall step curve, without interpolation.
    /// </summary>
    public static double AveragePrecision(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        Require(scores, labels);
        var positives = labels.Count(l => l);
        if (positives == 0)
        {
            return double.NaN;
        }

        var ap = 0.0;
        var previousRecall = 0.0;
        foreach (var (tp, fp) in Thresholds(scores, labels).Select(t => (t.TruePositives, t.FalsePositives)))
        {
            var recall = tp / (double)positives;
            var precision = tp + fp == 0 ? 1 : tp / (double)(tp + fp);
            ap += (recall - previousRecall) * precision;
            previousRecall = recall;
        }

        return ap;
    }

    public static double LogLoss(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels)
    {
        Require(probabilities, labels);
        if (labels.Count == 0)
        {
            return double.NaN;
        }

        var sum = 0.0;
        for (var i = 0; i < labels.Count; i++)
        {
            var p = Math.Clamp(probabilities[i], Epsilon, 1 - Epsilon);
            sum -= labels[i] ? Math.Log(p) : Math.Log(1 - p);
        }

        return sum / labels.Count;
    }

    public static double Brier(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels)
    {
        Require(probabilities, labels);
        if (labels.Count == 0)
        {
            return double.NaN;
        }

        var sum = 0.0;
        for (var i = 0; i < labels.Count; i++)
        {
            var d = probabilities[i] - (labels[i] ? 1 : 0);
            sum += d * d;
        }

        return sum / labels.Count;
    }

    public static ThresholdMetrics AtThreshold(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, double threshold)
    {
        Require(scores, labels);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            var called = scores[i] >= threshold;
            if (called && labels[i])
            {
                tp++;
            }
            else if (called)
            {
                fp++;
            }
            else if (labels[i])
            {
                fn++;
            }
            else
            {
                tn++;
            }
        }

        return Counts(threshold, tp, fp, fn, tn);
    }

    /// <summary>The threshold (one of the scores) with the highest F1; the highest such threshold on ties.</summary>
    public static ThresholdMetrics BestF1(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        Require(scores, labels);
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        ThresholdMetrics? best = null;
        foreach (var t in Thresholds(scores, labels))
        {
            var candidate = Counts(t.Threshold, t.TruePositives, t.FalsePositives, positives - t.TruePositives, negatives - t.FalsePositives);
            if (best is null || candidate.F1 > best.F1)
            {
                best = candidate;
            }
        }

        return best ?? Counts(double.NaN, 0, 0, positives, negatives);
    }

    /// <summary>Rows ranked by score (highest first, ties kept together in input order) split into ten near-equal groups.</summary>
    public static IReadOnlyList<DecileRow> Deciles(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        Require(scores, labels);
        var n = labels.Count;
        var totalPositives = labels.Count(l => l);
        if (n == 0)
        {
            return [];
        }

        var order = Enumerable.Range(0, n).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();
        var baseRate = totalPositives / (double)n;
        var rows = new List<DecileRow>(10);
        var cumulative = 0;
        for (var d = 0; d < 10; d++)
        {
            var from = (int)((long)n * d / 10);
            var to = (int)((long)n * (d + 1) / 10);
            if (to <= from)
            {
                continue;
            }

            var positives = 0;
            var scoreSum = 0.0;
            for (var k = from; k < to; k++)
            {
                positives += labels[order[k]] ? 1 : 0;
                scoreSum += scores[order[k]];
            }

            cumulative += positives;
            var rate = positives / (double)(to - from);
            rows.Add(new DecileRow(
                d + 1, to - from, positives, scoreSum / (to - from), rate,
                baseRate > 0 ? rate / baseRate : double.NaN,
                totalPositives > 0 ? cumulative / (double)totalPositives : double.NaN));
        }

        return rows;
    }

    /// <summary>ROC points (false-positive rate, true-positive rate) from (0,0) to (1,1), thinned to about maxPoints.</summary>
    public static IReadOnlyList<CurvePoint> RocCurve(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, int maxPoints = 200)
    {
        Require(scores, labels);
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return [];
        }

        var points = new List<CurvePoint> { new(0, 0) };
        points.AddRange(Thresholds(scores, labels).Select(t => new CurvePoint(t.FalsePositives / (double)negatives, t.TruePositives / (double)positives)));
        return Thin(points, maxPoints);
    }

    /// <summary>Precision-recall points (recall, precision) at each distinct threshold, thinned to about maxPoints.</summary>
    public static IReadOnlyList<CurvePoint> PrecisionRecallCurve(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, int maxPoints = 200)
    {
        Require(scores, labels);
        var positives = labels.Count(l => l);
        if (positives == 0)
        {
            return [];
        }

        var points = Thresholds(scores, labels)
            .Select(t => new CurvePoint(t.TruePositives / (double)positives, t.TruePositives / (double)(t.TruePositives + t.FalsePositives)))
            .ToList();
        return Thin(points, maxPoints);
    }

    /// <summary>Keeps the first and last point and evenly spaced ones between, so a chart stays light.</summary>
    public static IReadOnlyList<CurvePoint> Thin(IReadOnlyList<CurvePoint> points, int maxPoints)
    {
        if (points.Count <= maxPoints || maxPoints < 2)
        {
            return points;
        }

        var thinned = new List<CurvePoint>(maxPoints);
        for (var i = 0; i < maxPoints; i++)
        {
            thinned.Add(points[(int)Math.Round(i * (points.Count - 1) / (double)(maxPoints - 1))]);
        }

        return thinned;
    }

    /// <summary>Cumulative true and false positives at each distinct score, from the highest down.</summary>
    private static IEnumerable<(double Threshold, int TruePositives, int FalsePositives)> Thresholds(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var order = Enumerable.Range(0, labels.Count).OrderByDescending(i => scores[i]).ToArray();
        int tp = 0, fp = 0;
        for (var k = 0; k < order.Length; k++)
        {
            if (labels[order[k]])
            {
                tp++;
            }
            else
            {
                fp++;
            }

            if (k == order.Length - 1 || scores[order[k + 1]] != scores[order[k]])
            {
                yield return (scores[order[k]], tp, fp);
            }
        }
    }

    private static ThresholdMetrics Counts(double threshold, int tp, int fp, int fn, int tn)
    {
        var precision = tp + fp == 0 ? 0 : tp / (double)(tp + fp);
        var recall = tp + fn == 0 ? 0 : tp / (double)(tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ThresholdMetrics(threshold, precision, recall, f1, tp, fp, fn, tn);
    }

    private static void Require<T>(IReadOnlyList<double> scores, IReadOnlyList<T> labels)
    {
        if (scores.Count != labels.Count)
        {
            throw new ArgumentException($"{scores.Count} scores for {labels.Count} labels; give one score per label.", nameof(scores));
        }
    }
}
