using Dapper;
using ShopSmart.Modeling;
using ShopSmart.Modeling.Data;
using ShopSmart.Modeling.Output;
using ShopSmart.Modeling.Propensity;
using ShopSmart.Tests.Support;
using ShopSmart.Tests.Support.Engines;

namespace ShopSmart.Tests.Modeling;

/// <summary>The modelling write-back on each engine: the sample modelled twice gives the same ml tables and views.</summary>
public abstract class ModelingPipelineSuite<TEngine>(ModelingFixture<TEngine> fixture) : EngineTestBase<TEngine>, IClassFixture<ModelingFixture<TEngine>>
    where TEngine : TestEngine, new()
{
    private static readonly string[] Tables =
    [
        "model_run", "model_metric", "model_curve", "feature_importance", "customer_score", "customer_product_score",
        "segment_profile", "association_rule", "customer_recommendation",
    ];

    // What legitimately differs between two runs of the same data and seed.
    private const string RunSpecific = "run_id, job_run_id, duration_ms, model_path, created_at, code_version";

    [SkippableFact]
    public void Every_model_trains_on_the_sample()
    {
        Assert.Equal(
            ["segments", "purchase_propensity", "spend", "clv", "baskets", "product_propensity", "next_best_product"],
            fixture.First.Runs.Select(r => r.Model));
        Assert.All(fixture.First.Runs, r => Assert.True(r.Status == "trained", $"{r.Model}: {r.Message}"));
    }

    [SkippableTheory]
    [MemberData(nameof(TableNames))]
    public void Same_input_and_seed_give_identical_tables(string table)
    {
        var warehouse = fixture.Warehouse;
        var columns = string.Join(", ", warehouse.Query<string>(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'ml' AND table_name = @table ORDER BY ordinal_position",
            new { table }).Where(c => !RunSpecific.Split(", ").Contains(c)));

        var first = warehouse.Scalar<long>($"SELECT count(*) FROM ml.{table} WHERE run_id = @run", new { run = fixture.First.RunId });
        var onlyFirst = warehouse.Scalar<long>(
            $"SELECT count(*) FROM (SELECT {columns} FROM ml.{table} WHERE run_id = @a EXCEPT SELECT {columns} FROM ml.{table} WHERE run_id = @b) AS d",
            new { a = fixture.First.RunId, b = fixture.Second.RunId });
        var onlySecond = warehouse.Scalar<long>(
            $"SELECT count(*) FROM (SELECT {columns} FROM ml.{table} WHERE run_id = @b EXCEPT SELECT {columns} FROM ml.{table} WHERE run_id = @a) AS d",
            new { a = fixture.First.RunId, b = fixture.Second.RunId });

        Assert.True(first > 0, $"ml.{table} is empty");
        Assert.Equal(0, onlyFirst);
        Assert.Equal(0, onlySecond);
    }

    public static TheoryData<string> TableNames() => new(Tables);

    [SkippableFact]
    public void A_committed_run_marks_its_saved_models_as_the_warehouses()
    {
        var run = Path.Combine(fixture.Options().ModelFolder!, $"run-{fixture.First.RunId}");
        Assert.NotEmpty(Directory.GetFiles(run, "*.zip"));
        Assert.Equal(SavedModelRetention.Owner(fixture.Engine) + "\n", File.ReadAllText(Path.Combine(run, SavedModelRetention.OwnerFile)));
    }

    [SkippableFact]
    public void A_run_whose_folder_holds_another_warehouses_models_refuses_to_start_and_writes_nothing()
    {
        // Given a model folder shared with another warehouse, whose runs 1 to 20 are there
        using var folder = new TempDirectory();
        for (var run = 1; run <= 20; run++)
        {
            var runFolder = Directory.CreateDirectory(folder.File($"run-{run}")).FullName;
            Assert.Null(SavedModelRetention.Claim(runFolder, "DuckDB /elsewhere/other.duckdb"));
        }

        var options = fixture.Options();
        options.ModelFolder = folder.Path;
        var runs = fixture.Warehouse.Scalar<long>("SELECT count(*) FROM ml.model_run");

        // When a run starts, then it refuses before training, naming the other warehouse, and writes nothing
        var refused = Assert.Throws<ShopSmart.Core.Runs.BadInputException>(() => ModelingFixture<TEngine>.Run(fixture.Engine, options));
        Assert.Contains("/elsewhere/other.duckdb", refused.Message, StringComparison.Ordinal);
        Assert.Equal(runs, fixture.Warehouse.Scalar<long>("SELECT count(*) FROM ml.model_run"));
        Assert.All(Directory.GetDirectories(folder.Path), d => Assert.Empty(Directory.GetFiles(d, "*.zip")));
    }

    [SkippableFact]
    public void Every_rule_and_recommendation_names_its_products_by_stock_code_and_description()
    {
        // Rules are mined over every invoice, guests' included: a product only guests bought is named as well
        var codes = fixture.Warehouse.Query<string>("SELECT stock_code FROM dw.dim_product").ToHashSet(StringComparer.Ordinal);
        var rules = fixture.First.Rules;
        Assert.NotEmpty(rules);
        Assert.All(rules, r => Assert.True(
            codes.Contains(r.ConsequentCode) && r.ConsequentDescription is not null
                && r.AntecedentCodes.Split(',').All(codes.Contains) && !r.AntecedentDescriptions!.Contains('?', StringComparison.Ordinal),
            $"rule {r.RuleId}: {r.AntecedentCodes} -> {r.ConsequentCode}"));
        Assert.All(fixture.First.Recommendations, r => Assert.Contains(r.StockCode, codes));
    }

    [SkippableFact]
    public void The_same_lines_loaded_in_other_files_in_another_order_give_the_same_models()
    {
        // Given the sample's lines split in two files by stock code, each written backwards, the higher codes loaded
        // first: customers and products get other surrogate keys than in the fixture's one-file load, and products
        // another order of keys
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        using var folder = new TempDirectory();
        using var warehouse = new TEngine().CreateWarehouse();
        string[] lines;
        using (var zip = new System.IO.Compression.GZipStream(File.OpenRead(TestData.SamplePath), System.IO.Compression.CompressionMode.Decompress))
        using (var reader = new StreamReader(zip, System.Text.Encoding.Latin1))
        {
            lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        }

        // Each batch numbers its new products in stock-code order: loading the codes from 22400 up first puts them
        // before the lower ones, so rule products tie in another key order than in the fixture.
        bool High(string line) => string.CompareOrdinal(line.Split(',')[1], "22400") >= 0;
        foreach (var (name, part) in new[] { ("high.csv", lines.Skip(1).Where(High)), ("low.csv", lines.Skip(1).Where(l => !High(l))) })
        {
            var load = warehouse.Etl("load", TestData.WriteCsv(folder.File(name), [lines[0], .. part.Reverse()]), "--date-order", "month-first");
            Assert.True(load.ExitCode == 0, load.Output);
        }

        Assert.True(warehouse.Scalar<long>("SELECT count(*) FROM dw.dim_customer WHERE customer_key <> 0") > 0);
        var keysMoved = fixture.Warehouse.Query<(string Id, int Key)>("SELECT customer_id, customer_key FROM dw.dim_customer")
            .Join(warehouse.Query<(string Id, int Key)>("SELECT customer_id, customer_key FROM dw.dim_customer"), a => a.Id, b => b.Id, (a, b) => a.Key != b.Key)
            .Count(moved => moved);
        Assert.True(keysMoved > 100, $"only {keysMoved} customers changed key: the test would not show anything");
        var productOrder = warehouse.Query<string>("SELECT stock_code FROM dw.dim_product ORDER BY product_key").ToList();
        Assert.NotEqual(fixture.Warehouse.Query<string>("SELECT stock_code FROM dw.dim_product ORDER BY product_key").ToList(), productOrder);

        // When it is modelled with the same options
        var options = fixture.Options();
        options.ModelFolder = folder.File("models");
        var other = ModelingFixture<TEngine>.Run(warehouse.Engine, options);

        // Then every output, read by customer id and stock code, is the fixture's
        var first = fixture.First;
        Assert.Equal(Scores(first), Scores(other));
        Assert.Equal(Metrics(first), Metrics(other));
        Assert.Equal(first.SegmentProfiles.Select(s => s with { RunId = 0 }), other.SegmentProfiles.Select(s => s with { RunId = 0 }));
        Assert.Equal(Rules(first), Rules(other));
        Assert.Equal(Recommendations(first), Recommendations(other));
        Assert.Equal(ProductScores(first), ProductScores(other));

        static List<CustomerScoreRow> Scores(ModelingResult r) =>
            [.. r.CustomerScores.Values.Select(s => s with { RunId = 0, CustomerKey = 0 }).OrderBy(s => s.CustomerId, StringComparer.Ordinal)];

        // A mean over customers may add them up in another order: equal to the last bits.
        static List<ModelMetricRow> Metrics(ModelingResult r) => [.. r.Metrics.Select(m => m with { RunId = 0, Value = m.Value is { } v ? Math.Round(v, 12) : null })];

        static List<AssociationRuleRow> Rules(ModelingResult r) => [.. r.Rules.Select(x => x with { RunId = 0, AntecedentKeys = "", ConsequentKey = 0 })];

        static List<(string, CustomerRecommendationRow)> Recommendations(ModelingResult r) =>
        [
            .. r.Recommendations.Select(x => (r.CustomerScores[x.CustomerKey].CustomerId, x with { RunId = 0, CustomerKey = 0, ProductKey = 0 }))
                .OrderBy(x => x.CustomerId, StringComparer.Ordinal).ThenBy(x => x.Item2.RecommendationRank),
        ];

        static List<(string, CustomerProductScoreRow)> ProductScores(ModelingResult r) =>
        [
            .. r.CustomerProductScores.Select(x => (r.CustomerScores[x.CustomerKey].CustomerId, x with { RunId = 0, CustomerKey = 0, ProductKey = 0 }))
                .OrderBy(x => x.CustomerId, StringComparer.Ordinal).ThenBy(x => x.Item2.StockCode, StringComparer.Ordinal),
        ];
    }

    [SkippableFact]
    public void Every_customer_of_the_rfm_view_is_scored_with_coherent_figures()
    {
        using var connection = fixture.Engine.OpenConnection();
        var rows = connection.Query<(string? Segment, int? Cluster, double? PBuy, double? Churn, double? Spend, double? Alive, double? Clv)>(
            "SELECT rfm_segment, cluster_id, p_buy, churn_probability, predicted_spend, p_alive, clv FROM mart.v_customer_360").ToList();

        Assert.Equal(connection.ExecuteScalar<long>("SELECT count(*) FROM mart.v_customer_rfm"), rows.Count);
        Assert.All(rows, r =>
        {
            Assert.NotNull(r.Segment);
            Assert.NotNull(r.Cluster);
            Assert.InRange(r.PBuy!.Value, 0, 1);
            Assert.Equal(1 - r.PBuy.Value, r.Churn!.Value, 9);
            Assert.True(r.Spend >= 0);
            Assert.InRange(r.Alive!.Value, 0, 1);
            Assert.True(r.Clv >= 0);
        });
    }

    [SkippableFact]
    public void The_latest_run_views_show_the_second_run()
    {
        using var connection = fixture.Engine.OpenConnection();

        Assert.Equal([fixture.Second.RunId], connection.Query<long>("SELECT DISTINCT run_id FROM mart.v_model_run_latest"));
        Assert.Equal([fixture.Second.RunId], connection.Query<long>("SELECT DISTINCT run_id FROM mart.v_model_metric_latest"));
        Assert.Equal(2, connection.ExecuteScalar<long>("SELECT count(DISTINCT run_id) FROM ml.model_run")); // earlier runs are kept
    }

    [SkippableFact]
    public void The_csharp_rfm_score_agrees_with_the_view_at_the_scoring_cutoff()
    {
        using var warehouse = new ModelingWarehouse(fixture.Engine);
        var scoringCutoff = fixture.First.Runs[0].ScoringCutoff!.Value;
        var customers = warehouse.CustomerFeatures(scoringCutoff, 90);
        var view = warehouse.RfmSegments().ToDictionary(r => r.CustomerKey, r => r.RScore + r.FScore + r.MScore);

        var scores = RfmScore.Compute(customers);

        Assert.Equal(view.Count, customers.Count);
        Assert.All(customers.Select((c, i) => (c.CustomerKey, scores[i])), pair => Assert.Equal(view[pair.CustomerKey], pair.Item2));
    }

    [SkippableFact]
    public void Clv_is_graded_against_the_spend_baselines_of_the_same_hold_out()
    {
        var clv = fixture.First.Runs.Single(r => r.Model == "clv");
        var spendBaselines = fixture.First.Metrics
            .Where(m => m.Model == "spend" && m.Scope == "all" && m.IsBaseline && m.Metric == "rmse")
            .ToDictionary(m => m.Candidate, m => m.Value!.Value);
        var spend = fixture.First.Runs.Single(r => r.Model == "spend");

        // CLV's hold-out is spend's: the same customers, their revenue in the same H days.
        Assert.Equal(spend.HoldoutRows, clv.HoldoutRows);
        Assert.NotNull(clv.Grade);
        var best = spendBaselines.MinBy(b => b.Value);
        Assert.Equal(best.Key, clv.BaselineName);
        Assert.Equal(best.Value, clv.BaselineValue);
        var expected = ShopSmart.Modeling.Evaluation.Grading.Grade(
            clv.ModelValue!.Value, best.Value, ShopSmart.Modeling.Evaluation.MetricDirection.LowerIsBetter, new ShopSmart.Modeling.Evaluation.GradeRule());
        Assert.Equal(expected.ToString(), clv.Grade);
    }

    [SkippableFact]
    public void Product_propensity_names_the_products_it_scores_that_the_hold_out_did_not_evaluate()
    {
        var run = fixture.First.Runs.Single(r => r.Model == "product_propensity");
        var evaluated = fixture.First.Metrics.Where(m => m.Model == "product_propensity" && m.Scope != "pooled").Select(m => m.Scope).ToHashSet();
        var scored = fixture.First.CustomerProductScores.Select(s => s.StockCode).Distinct().ToList();
        var notEvaluated = scored.Where(code => !evaluated.Contains(code)).ToList();

        Assert.Equal(fixture.Options().TopProducts, scored.Count);
        if (notEvaluated.Count == 0)
        {
            Assert.Null(run.Message);
        }
        else
        {
            Assert.NotNull(run.Message);
            var named = run.Message[(run.Message.LastIndexOf(": ", StringComparison.Ordinal) + 2)..].Split(", ");
            Assert.Equal(notEvaluated.Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
        }
    }

    [SkippableFact]
    public void Models_are_saved_next_to_their_run_id()
    {
        var saved = fixture.First.Runs.Where(r => r.ModelPath is not null).ToList();

        Assert.Contains(saved, r => r.Model == "purchase_propensity");
        Assert.All(saved, r =>
        {
            Assert.True(File.Exists(r.ModelPath), r.ModelPath);
            Assert.Contains($"run-{fixture.First.RunId}", r.ModelPath);
        });
    }

    [SkippableFact]
    public void Above_the_sample_caps_k_is_chosen_on_a_sample_and_product_propensity_trains_on_one()
    {
        // Given the sample (~300 customers) and caps below its customer count
        using var warehouse = NewWarehouse();
        var load = warehouse.Etl("load", TestData.SamplePath);
        Assert.True(load.ExitCode == 0, load.Output);
        using var folder = new TempDirectory();
        var options = fixture.Options();
        options.ModelFolder = folder.File("models"); // its own: run ids are per warehouse, so run-1 would be the fixture's
        options.SegmentSelectionCustomers = 120;
        options.ProductTrainingCustomers = 60;

        // When it is modelled
        var result = ModelingFixture<TEngine>.Run(warehouse.Engine, options);

        // Then every model trains; product propensity trains on 60 customers' pairs (one per modelled product) but
        // is measured on the whole hold-out; k is chosen on 120 customers and every customer gets a cluster
        Assert.All(result.Runs, r => Assert.True(r.Status == "trained", $"{r.Model}: {r.Message}"));
        var product = result.Runs.Single(r => r.Model == "product_propensity");
        Assert.Equal(60 * options.TopProducts, product.TrainingRows);
        Assert.True(product.HoldoutRows > 60 * options.TopProducts, $"hold-out of {product.HoldoutRows} pairs");
        var segments = result.Runs.Single(r => r.Model == "segments");
        Assert.Contains("on a sample of 120 customers", segments.Message);
        Assert.True(segments.TrainingRows > 120);
        Assert.All(result.CustomerScores.Values, s => Assert.NotNull(s.ClusterId));
        Assert.Equal(segments.TrainingRows, result.CustomerScores.Values.Count(s => s.ClusterId is not null));
    }

    [SkippableFact]
    public void A_run_that_fails_while_writing_leaves_no_partial_output()
    {
        // Given a result whose last table gets two rows with the same key
        var result = new ModelingResult(999);
        result.Runs.Add(new ModelRunRow { RunId = 999, Model = "spend", Status = "trained", CodeVersion = "test", CreatedAt = DateTime.UtcNow });
        result.Recommendations.Add(new CustomerRecommendationRow(999, 1, 1, 1, "X", null, 0.5, "rules", null));
        result.Recommendations.Add(new CustomerRecommendationRow(999, 1, 1, 2, "Y", null, 0.4, "rules", null));

        // When it is written, the write fails and nothing of run 999 remains
        Assert.ThrowsAny<Exception>(() => ModelRunWriter.Write(fixture.Engine, result));
        using var connection = fixture.Engine.OpenConnection();
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT count(*) FROM ml.model_run WHERE run_id = 999"));
    }
}
