using ShopSmart.Modeling.Evaluation;

namespace ShopSmart.Tests.Modeling.Evaluation;

public sealed class RankingEvaluationTests
{
    [Fact]
    public void Metrics_at_k_average_over_customers_with_hold_out_purchases()
    {
        var recommended = new Dictionary<int, int[]>
        {
            [1] = [1, 2, 3],   // hold-out {2, 9}: top 2 = {1, 2}, one hit: precision ½, recall ½, success
            [2] = [4, 5],      // hold-out {6}: no hit
            [3] = [7],         // no hold-out purchase: not counted
        };
        var holdOut = new Dictionary<int, HashSet<int>>
        {
            [1] = [2, 9],
            [2] = [6],
            [3] = [],
            [4] = [8],         // bought but got no recommendation: counted, no hit
        };

        var metrics = RankingEvaluation.AtK(recommended, holdOut, k: 2);

        Assert.Equal(3, metrics.Customers);
        Assert.Equal(0.5 / 3, metrics.PrecisionAtK, 12);
        Assert.Equal(0.5 / 3, metrics.RecallAtK, 12);
        Assert.Equal(1.0 / 3, metrics.SuccessAtK, 12);
    }

    [Fact]
    public void Only_the_first_k_count_and_a_repeated_product_is_one_hit()
    {
        var recommended = new Dictionary<int, int[]> { [1] = [5, 5, 6, 7] };
        var holdOut = new Dictionary<int, HashSet<int>> { [1] = [5, 7] };

        var atTwo = RankingEvaluation.AtK(recommended, holdOut, k: 2);
        var atFour = RankingEvaluation.AtK(recommended, holdOut, k: 4);

        Assert.Equal((0.5, 0.5), (atTwo.PrecisionAtK, atTwo.RecallAtK));     // 5 once: 1 hit of 2 slots
        Assert.Equal((0.5, 1.0), (atFour.PrecisionAtK, atFour.RecallAtK));   // 5 and 7: 2 hits of 4 slots
    }

    [Fact]
    public void No_customer_with_hold_out_purchases_gives_undefined_metrics()
    {
        var metrics = RankingEvaluation.AtK(new Dictionary<int, int[]> { [1] = [1] }, new Dictionary<int, HashSet<int>>(), k: 5);

        Assert.Equal(0, metrics.Customers);
        Assert.True(double.IsNaN(metrics.SuccessAtK));
    }
}
