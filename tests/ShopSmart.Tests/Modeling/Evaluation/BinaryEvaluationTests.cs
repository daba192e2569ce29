using ShopSmart.Modeling.Evaluation;

namespace ShopSmart.Tests.Modeling.Evaluation;

public sealed class BinaryEvaluationTests
{
    // Four rows, two positives, no ties.
    private static readonly double[] Scores = [0.9, 0.8, 0.7, 0.6];
    private static readonly bool[] Labels = [true, false, true, false];

    [Fact]
    public void Roc_auc_counts_the_pairs_a_positive_wins()
    {
        // Positives 0.9 and 0.7, negatives 0.8 and 0.6: 0.9 beats both, 0.7 beats 0.6 only: 3 of 4 pairs.
        Assert.Equal(0.75, BinaryEvaluation.RocAuc(Scores, Labels), 12);

        // P = {0.9, 0.7}, N = {0.8, 0.6, 0.5}: 3 + 2 = 5 of 6 pairs.
        Assert.Equal(5.0 / 6, BinaryEvaluation.RocAuc([0.9, 0.8, 0.7, 0.6, 0.5], [true, false, true, false, false]), 12);
    }

    [Fact]
    public void Roc_auc_counts_a_tie_as_half()
    {
        // Pairs: 0.8+ vs 0.8− tie (½), 0.8+ vs 0.3− win (1), 0.3+ vs 0.8− loss (0), 0.3+ vs 0.3− tie (½): 2 of 4.
        Assert.Equal(0.5, BinaryEvaluation.RocAuc([0.8, 0.8, 0.3, 0.3], [true, false, true, false]), 12);

        // Every score equal: a coin toss.
        Assert.Equal(0.5, BinaryEvaluation.RocAuc([0.4, 0.4, 0.4], [true, false, false]), 12);
    }

    [Fact]
    public void Roc_auc_is_undefined_with_one_class() =>
        Assert.True(double.IsNaN(BinaryEvaluation.RocAuc([0.2, 0.9], [true, true])));

    [Fact]
    public void Average_precision_sums_precision_at_each_recall_step()
    {
        // Thresholds 0.9: P 1, R ½; 0.8: P ½, R ½ (no recall gained); 0.7: P ⅔, R 1. AP = ½·1 + ½·⅔ = 5/6.
        Assert.Equal(5.0 / 6, BinaryEvaluation.AveragePrecision(Scores, Labels), 12);
    }

    [Fact]
    public void Average_precision_takes_tied_rows_together()
    {
        // 0.8 holds a positive and a negative: recall jumps to ½ at precision ½; then 0.3: recall 1 at precision ½.
        Assert.Equal(0.5, BinaryEvaluation.AveragePrecision([0.8, 0.8, 0.3, 0.3], [true, false, true, false]), 12);
    }

    [Fact]
    public void Auc_and_average_precision_match_their_definitions_on_random_data_with_ties()
    {
        var random = new Random(5);
        var scores = Enumerable.Range(0, 300).Select(_ => Math.Round(random.NextDouble(), 1)).ToArray();
        var labels = scores.Select(s => random.NextDouble() < s).ToArray();

        Assert.Equal(BruteForceAuc(scores, labels), BinaryEvaluation.RocAuc(scores, labels), 12);
        Assert.Equal(BruteForceAveragePrecision(scores, labels), BinaryEvaluation.AveragePrecision(scores, labels), 12);
    }

    [Fact]
    public void Confusion_at_a_threshold_predicts_scores_at_or_above_it()
    {
        var matrix = BinaryEvaluation.ConfusionAt(Scores, Labels, 0.7);

        Assert.Equal((2, 1, 1, 0), (matrix.TruePositives, matrix.FalsePositives, matrix.TrueNegatives, matrix.FalseNegatives));
        Assert.Equal(2.0 / 3, matrix.Precision, 12);
        Assert.Equal(1.0, matrix.Recall, 12);
        Assert.Equal(0.8, matrix.F1, 12);
        Assert.Equal(0.75, matrix.Accuracy, 12);
    }

    [Fact]
    public void Nothing_predicted_positive_has_zero_precision_not_nan()
    {
        var matrix = BinaryEvaluation.ConfusionAt(Scores, Labels, 0.95);

        Assert.Equal(0, matrix.Precision);
        Assert.Equal(0, matrix.F1);
    }

    [Fact]
    public void Best_f1_threshold_is_found_among_the_scores()
    {
        // F1 by threshold: 0.9 → 2/3, 0.8 → 1/2, 0.7 → 4/5, 0.6 → 2/3.
        var best = BinaryEvaluation.BestF1(Scores, Labels);

        Assert.Equal(0.7, best.Threshold);
        Assert.Equal(0.8, best.F1, 12);
    }

    [Fact]
    public void Best_f1_prefers_the_higher_threshold_on_a_tie()
    {
        // 0.9 → TP 1, FP 0, FN 1: 2/3; 0.1 → TP 2, FP 2: 4/6 = 2/3 too.
        var best = BinaryEvaluation.BestF1([0.9, 0.1, 0.1, 0.1], [true, true, false, false]);

        Assert.Equal(0.9, best.Threshold);
    }

    [Fact]
    public void Log_loss_and_brier_by_hand()
    {
        // −(ln 0.8 + ln 0.6) / 2 and ((0.2)² + (0.4)²) / 2.
        Assert.Equal(-(Math.Log(0.8) + Math.Log(0.6)) / 2, BinaryEvaluation.LogLoss([0.8, 0.4], [true, false]), 12);
        Assert.Equal(0.1, BinaryEvaluation.Brier([0.8, 0.4], [true, false]), 12);
    }

    [Fact]
    public void Log_loss_clips_sure_and_wrong_predictions()
    {
        var loss = BinaryEvaluation.LogLoss([1.0, 0.0], [false, true]);

        Assert.Equal(-Math.Log(1e-15), loss, 9);   // both rows cost exactly −ln ε
        Assert.True(double.IsFinite(loss));
    }

    [Fact]
    public void Probability_metrics_refuse_scores_outside_zero_to_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BinaryEvaluation.Brier([1.5, 0.2], [true, false]));

    [Fact]
    public void Mismatched_or_empty_inputs_are_refused()
    {
        Assert.Throws<ArgumentException>(() => BinaryEvaluation.RocAuc([0.1, 0.2], [true]));
        Assert.Throws<ArgumentException>(() => BinaryEvaluation.RocAuc([], []));
        Assert.Throws<ArgumentException>(() => BinaryEvaluation.RocAuc([double.NaN, 0.2], [true, false]));
    }

    [Fact]
    public void Evaluate_gathers_the_same_figures_as_the_single_functions()
    {
        var random = new Random(9);
        var scores = Enumerable.Range(0, 1000).Select(_ => Math.Round(random.NextDouble(), 2)).ToArray();
        var labels = scores.Select(s => random.NextDouble() < s * s).ToArray();

        var report = BinaryEvaluation.Evaluate(scores, labels, threshold: 0.4);

        var m = report.Metrics;
        Assert.Equal((1000, labels.Count(l => l)), (m.Count, m.Positives));
        Assert.Equal(BinaryEvaluation.RocAuc(scores, labels), m.RocAuc);
        Assert.Equal(BinaryEvaluation.AveragePrecision(scores, labels), m.PrAuc);
        Assert.Equal(BinaryEvaluation.LogLoss(scores, labels), m.LogLoss);
        Assert.Equal(BinaryEvaluation.Brier(scores, labels), m.Brier);
        Assert.Equal(BinaryEvaluation.ConfusionAt(scores, labels, 0.4), m.AtThreshold);
        Assert.Equal(BinaryEvaluation.BestF1(scores, labels), m.BestF1);
        Assert.Equal(report.Deciles[0].Lift, m.TopDecileLift);
        Assert.Equal(report.Deciles[0].Capture, m.TopDecileCapture);
        Assert.Equal(BinaryEvaluation.RocCurve(scores, labels), report.Roc);
        Assert.Equal(BinaryEvaluation.PrecisionRecallCurve(scores, labels), report.PrecisionRecall);
    }

    [Fact]
    public void Scores_that_are_not_probabilities_leave_log_loss_and_brier_empty()
    {
        var report = BinaryEvaluation.Evaluate([2.0, -1.0, 0.5], [true, false, false]);

        Assert.True(double.IsNaN(report.Metrics.LogLoss));
        Assert.True(double.IsNaN(report.Metrics.Brier));
        Assert.Equal(1.0, report.Metrics.RocAuc);
    }

    internal static double BruteForceAuc(double[] scores, bool[] labels)
    {
        double wins = 0;
        long pairs = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            for (var j = 0; j < scores.Length; j++)
            {
                if (labels[i] && !labels[j])
                {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }

        return wins / pairs;
    }

    // AP = Σ over distinct thresholds t, falling, of (R(t) − R(previous t))·P(t), predicting score ≥ t positive.
    internal static double BruteForceAveragePrecision(double[] scores, bool[] labels)
    {
        var positives = labels.Count(l => l);
        double ap = 0, previousRecall = 0;
        foreach (var t in scores.Distinct().OrderDescending())
        {
            var predicted = Enumerable.Range(0, scores.Length).Where(i => scores[i] >= t).ToList();
            var tp = predicted.Count(i => labels[i]);
            var recall = (double)tp / positives;
            ap += (recall - previousRecall) * tp / predicted.Count;
            previousRecall = recall;
        }

        return ap;
    }
}
