using ShopSmart.Modeling.Evaluation;

namespace ShopSmart.Tests.Modeling.Evaluation;

public sealed class RegressionEvaluationTests
{
    [Fact]
    public void Errors_and_r_squared_by_hand()
    {
        // Errors 0, 1, −1, 1: MAE 3/4, RMSE √(3/4). Mean actual 2.5, SS_tot = 2.25 + .25 + .25 + 2.25 = 5, SS_res = 3.
        var metrics = RegressionEvaluation.Evaluate([1, 2, 3, 4], [1, 3, 2, 5]);

        Assert.Equal(4, metrics.Count);
        Assert.Equal(0.75, metrics.Mae, 12);
        Assert.Equal(Math.Sqrt(0.75), metrics.Rmse, 12);
        Assert.Equal(1 - (3.0 / 5), metrics.RSquared, 12);
    }

    [Fact]
    public void Spearman_without_ties_is_one_minus_six_sum_d_squared()
    {
        // Ranks of predicted: 1, 3, 2, 4; d² = 0, 1, 1, 0: ρ = 1 − 6·2 / (4·15) = 0.8.
        Assert.Equal(0.8, RegressionEvaluation.Spearman([1, 2, 3, 4], [1, 3, 2, 5]), 12);
    }

    [Fact]
    public void Spearman_gives_tied_values_their_average_rank()
    {
        // x ranks 1, 2.5, 2.5, 4 against 1, 2, 3, 4: Σdxdy = 4.5, Σdx² = 4.5, Σdy² = 5, ρ = 4.5 / √22.5.
        Assert.Equal(4.5 / Math.Sqrt(22.5), RegressionEvaluation.Spearman([10, 20, 20, 30], [1, 2, 3, 4]), 12);
    }

    [Fact]
    public void Spearman_only_sees_order()
    {
        double[] actual = [3, 1, 4, 1, 5, 9, 2, 6];

        Assert.Equal(1.0, RegressionEvaluation.Spearman(actual, actual.Select(a => Math.Exp(a)).ToArray()), 12);
        Assert.Equal(-1.0, RegressionEvaluation.Spearman(actual, actual.Select(a => -a).ToArray()), 12);
    }

    [Fact]
    public void Constant_actuals_leave_r_squared_and_spearman_undefined()
    {
        var metrics = RegressionEvaluation.Evaluate([2, 2, 2], [1, 2, 3]);

        Assert.True(double.IsNaN(metrics.RSquared));
        Assert.True(double.IsNaN(metrics.Spearman));
        Assert.Equal(Math.Sqrt(2.0 / 3), metrics.Rmse, 12);
    }

    [Fact]
    public void Predicting_worse_than_the_mean_gives_negative_r_squared() =>
        Assert.True(RegressionEvaluation.RSquared([1, 2, 3], [3, 2, 1]) < 0);

    [Fact]
    public void Mismatched_or_non_finite_inputs_are_refused()
    {
        Assert.Throws<ArgumentException>(() => RegressionEvaluation.Rmse([1, 2], [1]));
        Assert.Throws<ArgumentException>(() => RegressionEvaluation.Mae([1, double.NaN], [1, 2]));
    }
}
