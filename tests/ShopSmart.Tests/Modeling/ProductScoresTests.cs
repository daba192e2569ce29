using ShopSmart.Modeling.Propensity;

namespace ShopSmart.Tests.Modeling;

public sealed class ProductScoresTests
{
    [Fact]
    public void Each_customer_reads_their_own_row_of_scores()
    {
        var scores = ProductScores.Of([4, 4, 9, 9], [20, 30, 20, 30], [0.1, 0.2, 0.3, 0.4]);

        var customer = scores.For(9)!;
        Assert.Equal(0.3, customer[20]);
        Assert.True(customer.TryGetValue(30, out var p));
        Assert.Equal(0.4, p);
        Assert.False(customer.TryGetValue(25, out _));
        Assert.Equal(2, customer.Count);
        Assert.Equal([KeyValuePair.Create(20, 0.1), KeyValuePair.Create(30, 0.2)], scores.For(4)!);
        Assert.Null(scores.For(5));
    }

    [Fact]
    public void No_scores_give_no_customer()
    {
        Assert.Null(ProductScores.Of([], [], []).For(1));
    }

    [Fact]
    public void Scores_not_laid_out_customer_by_customer_are_refused()
    {
        Assert.Throws<ArgumentException>(() => ProductScores.Of([4, 4, 9], [20, 30, 20], [0.1, 0.2, 0.3]));
        Assert.Throws<ArgumentException>(() => ProductScores.Of([4, 4, 9, 9], [20, 30, 30, 20], [0.1, 0.2, 0.3, 0.4]));
        Assert.Throws<ArgumentException>(() => ProductScores.Of([4, 4, 4, 4], [20, 30, 20, 30], [0.1, 0.2, 0.3, 0.4]));
        Assert.Throws<ArgumentException>(() => ProductScores.Of([4, 4], [20, 30], [0.1]));
    }
}
