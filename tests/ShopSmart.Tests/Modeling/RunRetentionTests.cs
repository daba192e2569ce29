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

    // Run ids with a gap (a failed run writes nothing): the newest runs are counted, not the ids.
    private static readonly long[] Runs = [1, 2, 4];

    [Theory]
    [InlineData(2, new long[] { 2, 4 })]
    [InlineData(3, new long[] { 1, 2, 4 })]
    [InlineData(0, new long[] { 1, 2, 4 })]
    public void Older_runs_lose_their_customer_rows_and_keep_their_run_rows(int keepRuns, long[] kept)
    {
        foreach (var run in Runs)
        {
            ModelRunWriter.Write(_warehouse.Engine, Run(run), keepRuns);
        }

        using var db = _warehouse.Open();
        foreach (var table in new[] { "model_run", "model_metric" })
        {
            Assert.Equal(Runs, db.Query<long>($"SELECT run_id FROM ml.{table} ORDER BY run_id"));
        }

        foreach (var table in new[] { "customer_score", "customer_product_score", "customer_recommendation", "association_rule", "model_curve" })
        {
            Assert.True(kept.SequenceEqual(db.Query<long>($"SELECT run_id FROM ml.{table} ORDER BY run_id")), table);
        }
    }

    [Fact]
    public void The_writer_returns_the_oldest_run_that_keeps_its_rows()
    {
        Assert.Null(ModelRunWriter.Write(_warehouse.Engine, Run(1), keepRuns: 2));
        Assert.Null(ModelRunWriter.Write(_warehouse.Engine, Run(2), keepRuns: 2));
        Assert.Equal(2, ModelRunWriter.Write(_warehouse.Engine, Run(4), keepRuns: 2));
        Assert.Null(ModelRunWriter.Write(_warehouse.Engine, Run(5), keepRuns: 0));
    }

    [Fact]
    public void Saved_models_of_this_warehouses_runs_older_than_the_oldest_kept_are_removed_and_nothing_else()
    {
        using var temp = new TempDirectory();
        var root = temp.Path;

        // Given this warehouse's runs 1, 2, 9 and 10, another warehouse's runs 3 and 4 in the same folder, a run
        // folder that was never marked (a failed run, an older version's), and what a user keeps beside them
        foreach (var (name, owner) in new (string, string?)[]
        {
            ("run-1", Mine), ("run-2", Mine), ("run-9", Mine), ("run-10", Mine), ("run-3", Theirs), ("run-4", Theirs),
            ("run-5", null), ("run-best", Mine), ("run-", Mine), ("archive", Mine),
        })
        {
            var folder = Path.Combine(root, name);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "spend.zip"), "model");
            if (owner is not null)
            {
                Assert.Null(SavedModelRetention.Claim(folder, owner));
            }
        }

        File.WriteAllText(Path.Combine(root, "run-6"), "a file, not a run folder");

        // When this warehouse's oldest run kept is 9
        var failed = SavedModelRetention.Prune(root, oldestKept: 9, Mine);

        // Then its runs 1 and 2 are gone (9 < 10 compares numbers, not text) and the rest stays
        Assert.Empty(failed);
        Assert.Equal(
            ["archive", "run-", "run-10", "run-3", "run-4", "run-5", "run-6", "run-9", "run-best"],
            Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_owner_file_that_cannot_be_read_keeps_its_folder_and_the_others_are_still_pruned()
    {
        using var temp = new TempDirectory();
        var root = temp.Path;
        foreach (var name in new[] { "run-1", "run-2" })
        {
            Assert.Null(SavedModelRetention.Claim(Directory.CreateDirectory(Path.Combine(root, name)).FullName, Mine));
        }

        Directory.CreateDirectory(Path.Combine(root, "run-3"));
        File.CreateSymbolicLink(Path.Combine(root, "run-3", SavedModelRetention.OwnerFile), Path.Combine(root, "nowhere"));

        Assert.Empty(SavedModelRetention.Prune(root, oldestKept: 5, Mine));
        Assert.Equal(["run-3"], Directory.EnumerateDirectories(root).Select(Path.GetFileName));
    }

    [Fact]
    public void Another_owner_is_told_apart_from_this_one_and_from_none()
    {
        using var temp = new TempDirectory();
        var folder = temp.Path;
        Assert.Null(SavedModelRetention.OtherOwner(folder, Mine));
        Assert.Null(SavedModelRetention.Claim(folder, Mine));
        Assert.Null(SavedModelRetention.OtherOwner(folder, Mine));
        Assert.Equal(Mine, SavedModelRetention.OtherOwner(folder, Theirs));
    }

    [Fact]
    public void A_warehouse_is_known_by_its_full_path_or_its_server_and_database()
    {
        var relative = new ShopSmart.Core.Engines.DuckDbEngine(Path.Combine("out", "x.duckdb"));
        Assert.Equal("DuckDB " + Path.GetFullPath(Path.Combine("out", "x.duckdb")), SavedModelRetention.Owner(relative));
    }

    [Fact]
    public void A_missing_model_folder_is_nothing_to_prune() =>
        Assert.Empty(SavedModelRetention.Prune(Path.Combine(Path.GetTempPath(), "no-such-models-" + Guid.NewGuid()), 5, Mine));

    private const string Mine = "DuckDB /data/shopsmart.duckdb";

    private const string Theirs = "DuckDB /data/full.duckdb";

    private static ModelingResult Run(long run)
    {
        var result = new ModelingResult(run);
        result.Runs.Add(new ModelRunRow { RunId = run, Model = "spend", Status = "trained", CodeVersion = "test", CreatedAt = DateTime.UtcNow });
        result.Metrics.Add(new ModelMetricRow(run, "spend", "all", "LightGBM", false, "rmse", 1.0));
        result.CustomerScores[1] = new CustomerScoreRow { RunId = run, CustomerKey = 1, CustomerId = "17850" };
        result.Recommendations.Add(new CustomerRecommendationRow(run, 1, 1, 1, "X", null, 0.5, "rules", null));
        result.CustomerProductScores.Add(new CustomerProductScoreRow(run, 1, 1, "X", 0.3, false, 1));
        result.Rules.Add(new AssociationRuleRow { RunId = run, RuleId = 1, AntecedentKeys = "2", AntecedentCodes = "Y", ConsequentCode = "X" });
        result.Curves.Add(new ModelCurveRow(run, "spend", "lift", "model", 0, 0.1, 1.5, null, null));
        return result;
    }
}
