using ShopSmart.Modeling.Evaluation;

namespace ShopSmart.Tests.Modeling.Evaluation;

public sealed class DecileAndCurveTests
{
    [Fact]
    public void Deciles_of_twenty_rows_with_the_four_positives_on_top()
    {
        // Scores 1.00, 0.95, …, 0.05; the four highest are positive (base rate 4/20 = 0.2). Two rows per decile.
        var scores = Enumerable.Range(0, 20).Select(i => (20 - i) / 20.0).ToArray();
        var labels = Enumerable.Range(0, 20).Select(i => i < 4).ToArray();

        var deciles = BinaryEvaluation.Deciles(scores, labels);

        Assert.Equal(Enumerable.Range(1, 10), deciles.Select(d => d.Decile));
        Assert.All(deciles, d => Assert.Equal(2, d.Count));
        var top = deciles[0];
        Assert.Equal((1.0, 0.95, 0.975), (top.MaxScore, top.MinScore, top.MeanPredicted));
        Assert.Equal((2, 1.0), (top.Positives, top.ObservedRate));
        Assert.Equal(5.0, top.Lift, 12);            // 1 / 0.2
        Assert.Equal(0.5, top.Capture, 12);         // 2 of 4 positives
        Assert.Equal(1.0, deciles[1].CumulativeCapture, 12);
        Assert.Equal(5.0, deciles[1].CumulativeLift, 12);
        Assert.Equal(0.0, deciles[2].Lift);
        Assert.Equal(1.0, deciles[9].CumulativeLift, 12);   // all rows: the base rate
        Assert.Equal(1.0, deciles[9].CumulativeCapture, 12);
    }

    [Fact]
    public void Deciles_split_uneven_counts_and_break_ties_by_row()
    {
        // 13 rows: decile d ends at ⌊d·13/10⌋ = 1, 2, 3, 5, 6, 7, 9, 10, 11, 13, so holds 1,1,1,2,1,1,2,1,1,2 rows.
        var scores = Enumerable.Repeat(0.5, 13).ToArray();
        var labels = Enumerable.Range(0, 13).Select(i => i == 0).ToArray();

        var deciles = BinaryEvaluation.Deciles(scores, labels);

        Assert.Equal([1, 1, 1, 2, 1, 1, 2, 1, 1, 2], deciles.Select(d => d.Count));
        Assert.Equal(1, deciles[0].Positives);    // row 0 comes first among equal scores
    }

    [Fact]
    public void Fewer_than_ten_rows_leave_empty_deciles_out()
    {
        var deciles = BinaryEvaluation.Deciles([0.9, 0.1], [true, false]);

        Assert.Equal([5, 10], deciles.Select(d => d.Decile));
        Assert.True(double.IsNaN(BinaryEvaluation.Evaluate([0.9, 0.1], [true, false]).Metrics.TopDecileLift));
    }

    [Fact]
    public void Roc_curve_by_hand()
    {
        // 0.9+, 0.8−, 0.7+, 0.6−: (0,0) then (0,½), (½,½), (½,1), (1,1).
        var roc = BinaryEvaluation.RocCurve([0.9, 0.8, 0.7, 0.6], [true, false, true, false]);

        Assert.Equal(
            [new(0, 0, double.PositiveInfinity), new(0, 0.5, 0.9), new(0.5, 0.5, 0.8), new(0.5, 1, 0.7), new(1, 1, 0.6)],
            roc);
    }

    [Fact]
    public void Precision_recall_curve_by_hand()
    {
        var pr = BinaryEvaluation.PrecisionRecallCurve([0.9, 0.8, 0.7, 0.6], [true, false, true, false]);

        Assert.Equal([(0.5, 1.0), (0.5, 0.5), (1.0, 2.0 / 3), (1.0, 0.5)], pr.Select(p => (p.X, p.Y)));
    }

    [Fact]
    public void Long_curves_are_thinned_keeping_both_ends_in_order()
    {
        var random = new Random(2);
        var scores = Enumerable.Range(0, 5000).Select(_ => random.NextDouble()).ToArray();
        var labels = scores.Select(s => random.NextDouble() < s).ToArray();

        var roc = BinaryEvaluation.RocCurve(scores, labels);
        var pr = BinaryEvaluation.PrecisionRecallCurve(scores, labels, maxPoints: 50);

        Assert.Equal(200, roc.Count);
        Assert.Equal((0.0, 0.0), (roc[0].X, roc[0].Y));
        Assert.Equal((1.0, 1.0), (roc[^1].X, roc[^1].Y));
        Assert.True(roc.Zip(roc.Skip(1)).All(p => p.First.X <= p.Second.X && p.First.Y <= p.Second.Y && p.First.Threshold > p.Second.Threshold));
        Assert.Equal(50, pr.Count);
        Assert.Equal(1.0, pr[^1].X);
        Assert.Equal(scores.Min(), pr[^1].Threshold);
    }

    [Fact]
    public void A_curve_is_empty_when_a_class_is_missing() =>
        Assert.Empty(BinaryEvaluation.RocCurve([0.3, 0.4], [false, false]));
}
