using ShopSmart.Reporting.Observations;

namespace ShopSmart.Tests.Reporting;

public sealed class ObservationTests
{
    [Fact]
    public void Binned_statistics_interpolate_quantiles_on_the_log_scale_and_weight_bins_by_count()
    {
        // Given 2 values in [1, 10) and 2 in [10, 100): geometric middles √10 and √1000
        (double, double, long)[] bins = [(1, 10, 2), (10, 100, 2)];

        // When summarised
        var stats = BinnedStatistics.From(bins)!;

        // Then the median is where the first bin ends (10), the 90th percentile 4/5 of the way through the second
        // bin on the log scale (10^1.8), the mean the mean of the middles, and the log scale is symmetric
        Assert.Equal(4, stats.Count);
        Assert.Equal(10, stats.Median, 9);
        Assert.Equal(Math.Pow(10, 1.8), stats.P90, 9);
        Assert.Equal((Math.Sqrt(10) + Math.Sqrt(1000)) / 2, stats.Mean, 9);
        Assert.Equal(0, stats.LogSkewness, 9);
    }

    [Fact]
    public void A_long_right_tail_shows_as_positive_skewness()
    {
        (double, double, long)[] bins = [(1, 10, 90), (10, 100, 9), (1000, 10000, 1)];

        var stats = BinnedStatistics.From(bins)!;

        Assert.True(stats.Skewness > 5, $"skewness {stats.Skewness}");
        Assert.True(stats.LogSkewness < stats.Skewness);
    }

    [Fact]
    public void Empty_bins_give_no_statistics()
    {
        Assert.Null(BinnedStatistics.From([(1, 10, 0)]));
    }

    [Fact]
    public void Pareto_point_is_the_fewest_largest_values_reaching_the_share()
    {
        // 50 + 30 = 80 of 100: the two largest of four positive values; the negative one is left out
        var point = ParetoPoint.Reach([10, 30, 50, 10, -5], 0.8)!;

        Assert.Equal(2, point.Items);
        Assert.Equal(4, point.OfItems);
        Assert.Equal(0.5, point.ItemShare);
        Assert.Equal(0.8, point.RevenueShare, 12);
        Assert.Null(ParetoPoint.Reach([0, -1], 0.8));
    }

    [Fact]
    public void Peak_window_finds_the_best_run_of_consecutive_values_and_the_first_on_a_tie()
    {
        var window = PeakWindow.Find([1, 5, 5, 1, 5, 5], 2)!;

        Assert.Equal(1, window.Start);
        Assert.Equal(10, window.Total);
        Assert.Equal(10.0 / 22, window.Share, 12);
        Assert.Null(PeakWindow.Find([1, 2], 3));
    }

    [Theory]
    [InlineData(0.77, "strength.strong")]
    [InlineData(-0.5, "strength.strong")]
    [InlineData(0.3, "strength.moderate")]
    [InlineData(-0.12, "strength.weak")]
    [InlineData(0.05, "strength.negligible")]
    public void Correlation_strength_words_follow_the_size_of_r(double r, string term)
    {
        Assert.Equal(term, Strength.TermOf(r));
    }
}
