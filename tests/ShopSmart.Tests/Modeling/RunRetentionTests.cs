using Dapper;
using ShopSmart.Modeling.Output;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Modeling;

/// <summary>
/// Modeling:KeepRuns: the newest runs keep every row; older ones keep their run and metric rows and lose the
/// per-customer and per-rule rows, in the transaction that writes the new run.
/// </summary>
public sealed class RunRetentionTests : IDisposable
{
    private readonly DuckDbWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    [Theory]
    [InlineData(2, new long[] { 2, 3 })]
    [InlineData(3, new long[] { 1, 2, 3 })]
    [InlineData(0, new long[] { 1, 2, 3 })]
    public void Older_runs_lose_their_customer_rows_and_keep_their_run_rows(int keepRuns, long[] withScores)
    {
        foreach (var run in new long[] { 1, 2, 3 })
        {
            ModelRunWriter.Write(_warehouse.Engine, Run(run), keepRuns);
        }

        using var db = _warehouse.Open();
        Assert.Equal([1L, 2L, 3L], db.Query<long>("SELECT run_id FROM ml.model_run ORDER BY run_id"));
        Assert.Equal([1L, 2L, 3L], db.Query<long>("SELECT run_id FROM ml.model_metric ORDER BY run_id"));
        Assert.Equal(withScores, db.Query<long>("SELECT run_id FROM ml.customer_score ORDER BY run_id"));
        Assert.Equal(withScores, db.Query<long>("SELECT run_id FROM ml.customer_recommendation ORDER BY run_id"));
    }

    private static ModelingResult Run(long run)
    {
        var result = new ModelingResult(run);
        result.Runs.Add(new ModelRunRow { RunId = run, Model = "spend", Status = "trained", CodeVersion = "test", CreatedAt = DateTime.UtcNow });
        result.Metrics.Add(new ModelMetricRow(run, "spend", "all", "LightGBM", false, "rmse", 1.0));
        result.CustomerScores[1] = new CustomerScoreRow { RunId = run, CustomerKey = 1, CustomerId = "17850" };
        result.Recommendations.Add(new CustomerRecommendationRow(run, 1, 1, 1, "X", null, 0.5, "rules", null));
        return result;
    }
}
