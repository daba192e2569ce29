using ShopSmart.Modeling.Evaluation;

namespace ShopSmart.Tests.Modeling.Evaluation;

public sealed class GradingTests
{
    private static readonly GradeRule Rule = new(); // margin 5%, tolerance 1%

    [Theory]
    [InlineData(0.84, 0.80, ModelGrade.A)]     // +5.0% exactly: the margin earns an A
    [InlineData(0.8399, 0.80, ModelGrade.B)]   // +4.99%
    [InlineData(0.80, 0.80, ModelGrade.B)]     // tie
    [InlineData(0.792, 0.80, ModelGrade.B)]    // −1.0% exactly: still a tie
    [InlineData(0.7919, 0.80, ModelGrade.C)]   // −1.01%
    [InlineData(0.60, 0.80, ModelGrade.C)]
    public void Higher_is_better_boundaries(double model, double baseline, ModelGrade expected) =>
        Assert.Equal(expected, Grading.Grade(model, baseline, MetricDirection.HigherIsBetter, Rule));

    [Theory]
    [InlineData(95.0, 100.0, ModelGrade.A)]    // 5% lower error exactly
    [InlineData(95.01, 100.0, ModelGrade.B)]
    [InlineData(101.0, 100.0, ModelGrade.B)]   // 1% higher error: a tie
    [InlineData(101.01, 100.0, ModelGrade.C)]
    public void Lower_is_better_boundaries(double model, double baseline, ModelGrade expected) =>
        Assert.Equal(expected, Grading.Grade(model, baseline, MetricDirection.LowerIsBetter, Rule));

    [Fact]
    public void A_negative_baseline_is_scaled_by_its_size()
    {
        // Spearman −0.10 → 0.00 is an improvement of 0.10 / |−0.10| = 100%.
        Assert.Equal(1.0, Grading.RelativeImprovement(0.0, -0.10, MetricDirection.HigherIsBetter), 12);
        Assert.Equal(ModelGrade.C, Grading.Grade(-0.2, -0.1, MetricDirection.HigherIsBetter, Rule));
    }

    [Fact]
    public void A_zero_baseline_is_beaten_by_any_gain()
    {
        Assert.Equal(ModelGrade.A, Grading.Grade(0.01, 0, MetricDirection.HigherIsBetter, Rule));
        Assert.Equal(ModelGrade.B, Grading.Grade(0, 0, MetricDirection.HigherIsBetter, Rule));
        Assert.Equal(ModelGrade.C, Grading.Grade(0.01, 0, MetricDirection.LowerIsBetter, Rule));
    }

    [Fact]
    public void The_best_baseline_is_the_one_to_beat()
    {
        BaselineScore[] baselines = [new("recency only", 0.70), new("frequency only", 0.76), new("broken", double.NaN)];

        var auc = Grading.Grade(PrimaryMetric.RocAuc, 0.78, baselines);
        var rmse = Grading.Grade(PrimaryMetric.Rmse, 0.66, baselines);

        Assert.Equal(("frequency only", ModelGrade.B), (auc.Baseline, auc.Grade));   // +2.6% over 0.76
        Assert.Equal(0.02 / 0.76, auc.RelativeImprovement, 12);
        Assert.Equal(("recency only", ModelGrade.A), (rmse.Baseline, rmse.Grade));   // lower error: 0.70 is best, −5.7%
    }

    [Theory]
    [InlineData(PrimaryMetric.RocAuc, MetricDirection.HigherIsBetter)]
    [InlineData(PrimaryMetric.PrAuc, MetricDirection.HigherIsBetter)]
    [InlineData(PrimaryMetric.SuccessAtK, MetricDirection.HigherIsBetter)]
    [InlineData(PrimaryMetric.Spearman, MetricDirection.HigherIsBetter)]
    [InlineData(PrimaryMetric.Rmse, MetricDirection.LowerIsBetter)]
    [InlineData(PrimaryMetric.Mae, MetricDirection.LowerIsBetter)]
    public void Each_metric_has_its_direction(PrimaryMetric metric, MetricDirection direction) =>
        Assert.Equal(direction, Grading.DirectionOf(metric));

    [Fact]
    public void A_custom_rule_moves_the_boundaries()
    {
        var strict = new GradeRule { Margin = 0.10, Tolerance = 0 };

        Assert.Equal(ModelGrade.B, Grading.Grade(0.84, 0.80, MetricDirection.HigherIsBetter, strict));
        Assert.Equal(ModelGrade.C, Grading.Grade(0.7999, 0.80, MetricDirection.HigherIsBetter, strict));
    }

    [Fact]
    public void Nonsense_inputs_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Grading.Grade(double.NaN, 0.8, MetricDirection.HigherIsBetter, Rule));
        Assert.Throws<ArgumentException>(() => Grading.Grade(PrimaryMetric.Mae, 1, [new BaselineScore("none", double.NaN)]));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            Grading.Grade(0.8, 0.8, MetricDirection.HigherIsBetter, new GradeRule { Margin = 0.01, Tolerance = 0.02 }));
    }
}
