using ShopSmart.Modeling.Features;
using ShopSmart.Modeling.Learners;
using ShopSmart.Modeling.Propensity;
using ShopSmart.Modeling.Segments;
using ShopSmart.Modeling.Spend;

namespace ShopSmart.Tests.Modeling;

/// <summary>The small parts the models are built from, on data where the answer is known by hand.</summary>
public sealed class SmallModelPartsTests
{
    private static readonly BoostingConfig[] Sizes = [new(200, 15, 0.05, 20), new(300, 7, 0.03, 50), new(400, 3, 0.02, 100)];

    [Fact]
    public void Model_size_is_the_best_validation_score_and_the_middle_one_when_there_is_no_split()
    {
        var scores = new Dictionary<BoostingConfig, double> { [Sizes[0]] = 0.71, [Sizes[1]] = 0.74, [Sizes[2]] = double.NaN };

        Assert.Equal(Sizes[1], ModelSelection.Choose(Sizes, canSplit: true, c => scores[c], higherIsBetter: true).Config);
        Assert.Equal(Sizes[0], ModelSelection.Choose(Sizes, canSplit: true, c => scores[c], higherIsBetter: false).Config);
        Assert.Equal(Sizes[1], ModelSelection.Choose(Sizes, canSplit: false, _ => throw new InvalidOperationException("not validated"), true).Config);
        Assert.Equal(Sizes[1], ModelSelection.Choose(Sizes, canSplit: true, _ => double.NaN, true).Config);
    }

    [Theory]
    [InlineData(900.0, 360, 90, 225.0)]  // 900 over 360 days: 225 per 90 days
    [InlineData(900.0, 30, 90, 900.0)]   // a customer younger than the horizon: their spend so far, not extrapolated up
    [InlineData(-50.0, 200, 90, 1.0)]    // net returns: floored at 1, so a multiple stays defined
    public void Run_rate_is_spend_per_horizon_since_the_first_purchase(double monetary, int tenureDays, int horizonDays, double expected)
    {
        var customer = new CustomerFeatures { Monetary = monetary, TenureDays = tenureDays };

        Assert.Equal(expected, RunRateSpendModel.RunRate(customer, horizonDays), 1e-12);
    }

    [Fact]
    public void Standardised_columns_have_mean_0_and_standard_deviation_1_and_a_constant_column_stays_0()
    {
        double[][] rows = [[1, 5], [2, 5], [3, 5]];

        var standardiser = Standardiser.Fit(rows);

        Assert.Equal([-1.0, 0.0], standardiser.Apply(rows[0]));
        Assert.Equal([0.0, 0.0], standardiser.Apply(rows[1]));
        Assert.Equal([1.0, 0.0], standardiser.Apply(rows[2]));
    }

    [Fact]
    public void A_score_bins_rate_is_its_share_of_positives_smoothed_towards_the_overall_rate()
    {
        // Bin 1: 3 of 4 positive; bin 2: 0 of 4; overall 3/8. Laplace with weight 1: (3 + 3/8) / 5 and (0 + 3/8) / 5.
        int[] bins = [1, 1, 1, 1, 2, 2, 2, 2];
        bool[] labels = [true, true, true, false, false, false, false, false];

        var rate = BinnedRate.Fit(bins, labels);

        Assert.Equal(0.675, rate.Predict(1), 1e-12);
        Assert.Equal(0.075, rate.Predict(2), 1e-12);
        Assert.Equal(0.375, rate.Predict(9), 1e-12);
    }
}
