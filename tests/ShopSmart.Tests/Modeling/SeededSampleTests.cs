using ShopSmart.Modeling.Pipeline;

namespace ShopSmart.Tests.Modeling;

public sealed class SeededSampleTests
{
    [Fact]
    public void A_sample_takes_every_row_when_they_fit()
    {
        Assert.Equal([0, 1, 2, 3], SeededSample.Indexes(4, 4, seed: 3));
    }

    [Fact]
    public void A_larger_set_is_sampled_to_distinct_rows_in_order_the_same_for_a_seed()
    {
        var sample = SeededSample.Indexes(1_000, 50, seed: 3);

        Assert.Equal(50, sample.Length);
        Assert.Equal(50, sample.Distinct().Count());
        Assert.Equal(sample.Order(), sample);
        Assert.All(sample, i => Assert.InRange(i, 0, 999));
        Assert.Equal(sample, SeededSample.Indexes(1_000, 50, seed: 3));
        Assert.NotEqual(sample, SeededSample.Indexes(1_000, 50, seed: 4));
    }
}
