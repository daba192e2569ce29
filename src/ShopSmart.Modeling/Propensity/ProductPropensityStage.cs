using System.Diagnostics;
using ShopSmart.Core.Runs;
using ShopSmart.Modeling.Data;
using ShopSmart.Modeling.Evaluation;
using ShopSmart.Modeling.Explain;
using ShopSmart.Modeling.Features;
using ShopSmart.Modeling.Learners;
using ShopSmart.Modeling.Output;
using ShopSmart.Modeling.Pipeline;

namespace ShopSmart.Modeling.Propensity;

/// <summary>
/// P(customer buys product p in the next H days) for the top products by buyers (or the products named), one pooled
/// LightGBM over (customer, product) pairs. Evaluated per product and pooled against "bought before" (buy rate by the
/// customer's past invoices of p) and "popularity" (p's buy rate, the same for every customer). The hold-out's products
/// are the top ones by buyers before the evaluation cut-off — chosen by what the hold-out buys, they would flatter
/// the model — and the scores are for the top ones before the scoring cut-off. Above
/// <see cref="ModelingOptions.ProductTrainingCustomers"/> customers it trains on a seeded sample of them; the hold-out is
/// measured whole and every customer is scored.
/// </summary>
public static class ProductPropensityStage
{
    public const string Model = "product_propensity";
    public const string BoughtBefore = Core.Insights.CandidateNames.BoughtBefore;
    public const string Popularity = Core.Insights.CandidateNames.Popularity;

    /// <summary>Permutation importance is computed on at most this many hold-out pairs (seeded sample).</summary>
    public const int ImportanceSample = 2_500;

    /// <param name="targets">The products evaluated on the hold-out (chosen with data before the evaluation cut-off).</param>
    /// <param name="scoringTargets">The products scored for every customer (chosen with all the data).</param>
    public static void Run(ModelingContext context, IReadOnlyList<ProductInfo> targets, IReadOnlyList<ProductInfo> scoringTargets)
    {
        var clock = Stopwatch.StartNew();
        var plan = context.Plan;
        var options = context.Options;
        var trainCutoffs = plan.EvaluationTrainingCutoffs.Take(1).ToList();
        var refitCutoffs = plan.ScoringTrainingCutoffs.Take(1).ToList();
        var home = CustomerFeatureVector.HomeCountry(context.Features(plan.ScoringCutoff));

        context.Progress.Stage(Model, $"{targets.Count} products × customers, pooled LightGBM");
        var train = Pairs(context, trainCutoffs, targets, home, options.ProductTrainingCustomers);
        foreach (var cutoff in trainCutoffs.Where(c => c != plan.EvaluationCutoff && c != plan.ScoringCutoff))
        {
            context.ForgetPairReads(cutoff);
        }

        var holdoutSource = Source(context, plan.EvaluationCutoff, targets);
        var refusal = Eligibility.Classification(train.Labels, Labels(holdoutSource, targets), options);
        if (refusal is not null)
        {
            context.Result.Runs.Add(StageRows.Skipped(context, Model, refusal, clock));
            return;
        }

        // One window of pairs is already tens of thousands of rows: shallow trees, no inner split.
        var config = BlendedClassifier.Trees;
        var model = GradientBoostedClassifier.Train(train.Features, train.Labels, config, options.Seed);
        // Its labels, products and invoices fit the baselines below; its features are not needed again.
        train.Features.Clear();

        // The hold-out is scored as it is built (every customer's pairs: 1.2 M rows of features at 80 k customers).
        // Only the pairs the importance sample and the refit use keep their features. The refit usually trains on the
        // evaluation cut-off itself: the same sample of its customers as a fresh build would take.
        var holdoutPairs = holdoutSource.Customers.Count * targets.Count;
        var sample = SeededSample.Indexes(holdoutPairs, ImportanceSample, options.Seed);
        // The model is pooled over products: the same products in another order make the same pairs.
        var evaluated = targets.Select(p => p.ProductKey).ToHashSet();
        var refitOnHoldout = refitCutoffs.SequenceEqual([plan.EvaluationCutoff]) && evaluated.SetEquals(scoringTargets.Select(p => p.ProductKey));
        var refitCustomers = refitOnHoldout ? SeededSample.Indexes(holdoutSource.Customers.Count, options.ProductTrainingCustomers, options.Seed) : [];
        var keep = sample.Concat(refitCustomers.SelectMany(c => Enumerable.Range(c * targets.Count, targets.Count))).ToHashSet();
        var holdout = Pairs([holdoutSource], targets, home, model.PredictProbabilities, keep.Contains);
        var pModel = holdout.Scores!;
        var yTest = holdout.Labels.ToArray();
        var pooled = new MetricWriter(context.Result, Model, "pooled");
        var (modelMetrics, boughtMetrics, popularMetrics) = Evaluate(context, targets, train, holdout, pModel, yTest, pooled);

        context.HoldoutProductScores = ProductScores.Of(holdout.CustomerKeys, holdout.ProductKeys, pModel);
        // Building and scoring the hold-out left ~150 MB of garbage at 80 k customers, in the oldest generation by now;
        // the refit and the scoring build as much again, while the other lane trains.
        StageMemory.Release();
        context.Progress.Stage(Model, "permutation importance on a hold-out sample");
        var xSample = sample.Select(holdout.FeaturesOf).ToList();
        var ySample = sample.Select(i => yTest[i]).ToArray();
        pooled.Importance(ProductFeatureVector.Names, xSample, x => model.PredictProbabilities(x), p => 1 - BinaryEvaluation.RocAuc(p, ySample), "roc_auc", options.Seed);

        var refit = refitOnHoldout
            ? holdout.OfCustomers(refitCustomers, targets.Count)
            : Pairs(context, refitCutoffs, scoringTargets, home, options.ProductTrainingCustomers);
        // The scoring cut-off is read before the refit trains, while the other lane is still busy; its pairs are built
        // after, each chunk scored and dropped.
        var scoringSource = Source(context, plan.ScoringCutoff, scoringTargets);
        context.Progress.Stage(Model, $"refit on {refit.Labels.Count:N0} pairs, scoring {scoringSource.Customers.Count * scoringTargets.Count:N0} pairs");
        var final = GradientBoostedClassifier.Train(refit.Features, refit.Labels, config, options.Seed);
        var scoring = Pairs([scoringSource], scoringTargets, home, final.PredictProbabilities);
        var pScore = scoring.Scores!;
        context.ScoringProductScores = ProductScores.Of(scoring.CustomerKeys, scoring.ProductKeys, pScore);
        WriteScores(context, scoringTargets, scoring, pScore);

        var path = context.ModelPath(Model);
        final.Save(path);
        // A product scored but not evaluated (first bought after the evaluation cut-off) is named on the run's row.
        var notEvaluated = scoringTargets.Where(p => !evaluated.Contains(p.ProductKey)).Select(p => p.StockCode).ToList();
        context.Result.Runs.Add(StageRows.Trained(
            context, Model, GradientBoostedClassifier.Algorithm, config.ToJson(),
            train.Labels.Count, yTest.Length, scoring.Labels.Count, "pr_auc", modelMetrics.PrAuc,
            [(BoughtBefore, boughtMetrics.PrAuc), (Popularity, popularMetrics.PrAuc)], path, clock) with
        {
            Message = notEvaluated.Count == 0 ? null
                : $"scored but not in the hold-out's products (the top products before {plan.EvaluationCutoff:yyyy-MM-dd}): {string.Join(", ", notEvaluated.Take(30))}"
                    + (notEvaluated.Count > 30 ? $" and {notEvaluated.Count - 30} more" : string.Empty),
        });
    }

    /// <summary>
    /// The model against its two baselines on the hold-out, pooled and per product. A method of its own so that the
    /// baselines' scores (a million and more each) are dropped before the importance, refit and scoring run.
    /// </summary>
    private static (BinaryMetrics Model, BinaryMetrics BoughtBefore, BinaryMetrics Popularity) Evaluate(
        ModelingContext context, IReadOnlyList<ProductInfo> targets, PairSet train, PairSet holdout, double[] pModel, bool[] yTest, MetricWriter pooled)
    {
        var boughtBefore = BinnedRate.Fit(train.Invoices.Select(Band).ToList(), train.Labels);
        var pBought = holdout.Invoices.Select(i => boughtBefore.Predict(Band(i))).ToArray();
        var popularity = BinnedRate.Fit(train.ProductKeys, train.Labels);
        var pPopular = holdout.ProductKeys.Select(popularity.Predict).ToArray();

        var modelMetrics = pooled.Binary(GradientBoostedClassifier.Algorithm, false, pModel, yTest);
        var boughtMetrics = pooled.Binary(BoughtBefore, true, pBought, yTest);
        var popularMetrics = pooled.Binary(Popularity, true, pPopular, yTest);
        foreach (var product in targets)
        {
            var rows = Enumerable.Range(0, yTest.Length).Where(i => holdout.ProductKeys[i] == product.ProductKey).ToArray();
            var perProduct = new MetricWriter(context.Result, Model, product.StockCode);
            var labels = rows.Select(i => yTest[i]).ToArray();
            perProduct.Binary(GradientBoostedClassifier.Algorithm, false, rows.Select(i => pModel[i]).ToArray(), labels, curves: false);
            perProduct.Binary(BoughtBefore, true, rows.Select(i => pBought[i]).ToArray(), labels, curves: false);
            perProduct.Binary(Popularity, true, rows.Select(i => pPopular[i]).ToArray(), labels, curves: false);
        }

        return (modelMetrics, boughtMetrics, popularMetrics);
    }

    /// <summary>The products to model: those named (already checked to exist), else the top N by buyers.</summary>
    public static IReadOnlyList<ProductInfo> Targets(IReadOnlyList<ProductInfo> products, ModelingOptions options) =>
        options.Products.Count > 0
            ? products.Where(p => options.Products.Contains(p.StockCode, StringComparer.OrdinalIgnoreCase)).ToList()
            : products.OrderByDescending(p => p.Customers).ThenBy(p => p.StockCode, StringComparer.Ordinal).Take(options.TopProducts).ToList();

    private static int Band(int invoices) => Math.Min(invoices, 10);

    /// <summary>Pairs built only to be scored are scored this many at a time, and their features dropped.</summary>
    private const int ScoringChunk = 50_000;

    /// <summary>The pairs of some customers, customer by customer, one pair per target product in target order.</summary>
    private sealed record PairSet(List<float[]> Features, List<bool> Labels, List<int> ProductKeys, List<int> CustomerKeys, List<int> Invoices, List<bool> Bought)
    {
        /// <summary>An empty set sized for <paramref name="pairs"/> pairs (1.6 M at 80 k customers: grown by doubling, each
        /// list would reach up to twice that and leave its smaller copies behind).</summary>
        public static PairSet WithCapacity(int pairs, int features) =>
            new(new(features), new(pairs), new(pairs), new(pairs), new(pairs), new(pairs));

        /// <summary>The model's scores, one per pair, when the pairs were scored as they were built (features then empty).</summary>
        public double[]? Scores { get; set; }

        /// <summary>When scored as built: the features kept after scoring, by pair position.</summary>
        public Dictionary<int, float[]> Kept { get; } = [];

        public float[] FeaturesOf(int pair) => Scores is null ? Features[pair] : Kept[pair];

        /// <summary>The pairs of the customers at <paramref name="customers"/> (positions in this set, in order).</summary>
        public PairSet OfCustomers(int[] customers, int pairsPerCustomer)
        {
            if (customers.Length * pairsPerCustomer == Labels.Count && Scores is null)
            {
                return this;
            }

            var rows = customers.SelectMany(c => Enumerable.Range(c * pairsPerCustomer, pairsPerCustomer)).ToList();
            return new PairSet(
                [.. rows.Select(FeaturesOf)], [.. rows.Select(i => Labels[i])], [.. rows.Select(i => ProductKeys[i])],
                [.. rows.Select(i => CustomerKeys[i])], [.. rows.Select(i => Invoices[i])], [.. rows.Select(i => Bought[i])]);
        }
    }

    /// <summary>What the pairs of one cut-off are built from: its reads, done when the source is made.</summary>
    private sealed record PairSource(ProductFeatureVector Vector, WindowPurchases Window, IReadOnlyList<CustomerFeatures> Customers)
    {
        /// <summary>The label: the customer bought the product in the horizon after the cut-off.</summary>
        public bool Label(int customerKey, int productKey) => Window.Contains(customerKey, productKey);
    }

    /// <param name="maxCustomers">Build the pairs of a seeded sample of at most this many customers (all when null).</param>
    private static PairSource Source(ModelingContext context, DateOnly cutoff, IReadOnlyList<ProductInfo> targets, int? maxCustomers = null)
    {
        var all = context.Features(cutoff);
        // Popularity is a share of all the cut-off's customers, whichever of them the pairs are built for.
        var vector = new ProductFeatureVector(
            cutoff, context.PurchaseHistory(cutoff), context.RulesOrNone(cutoff), context.Products(cutoff), all.Count, [.. targets.Select(p => p.ProductKey)]);
        var customers = maxCustomers is { } max ? [.. SeededSample.Indexes(all.Count, max, context.Options.Seed).Select(i => all[i])] : all;
        return new PairSource(vector, context.WindowPurchases(cutoff), customers);
    }

    /// <summary>The labels of a source's pairs, in pair order, without building their features.</summary>
    private static List<bool> Labels(PairSource source, IReadOnlyList<ProductInfo> targets) =>
        [.. source.Customers.SelectMany(c => targets.Select(p => source.Label(c.CustomerKey, p.ProductKey)))];

    private static PairSet Pairs(ModelingContext context, IReadOnlyList<DateOnly> cutoffs, IReadOnlyList<ProductInfo> targets, string home, int? maxCustomers = null) =>
        Pairs([.. cutoffs.Select(c => Source(context, c, targets, maxCustomers))], targets, home);

    /// <param name="scoreAsBuilt">Score the pairs a chunk at a time as they are built and keep only the scores: every
    /// customer's pairs at 80,000 customers are 1.6 M rows of features, needed only long enough to score them.</param>
    /// <param name="keep">With <paramref name="scoreAsBuilt"/>: the pairs (by position) whose features are kept in <see cref="PairSet.Kept"/>.</param>
    private static PairSet Pairs(
        IReadOnlyList<PairSource> sources, IReadOnlyList<ProductInfo> targets, string home, Func<IReadOnlyList<float[]>, double[]>? scoreAsBuilt = null,
        Func<int, bool>? keep = null)
    {
        var pairs = sources.Sum(s => s.Customers.Count) * targets.Count;
        var set = PairSet.WithCapacity(pairs, scoreAsBuilt is null ? pairs : Math.Min(pairs, ScoringChunk + targets.Count));
        if (scoreAsBuilt is not null)
        {
            set.Scores = new double[pairs];
        }

        void ScoreChunk()
        {
            var first = set.Labels.Count - set.Features.Count;
            scoreAsBuilt!(set.Features).CopyTo(set.Scores!, first);
            for (var k = 0; keep is not null && k < set.Features.Count; k++)
            {
                if (keep(first + k))
                {
                    set.Kept[first + k] = set.Features[k];
                }
            }

            set.Features.Clear();
        }

        foreach (var source in sources)
        {
            foreach (var c in source.Customers)
            {
                var customerVector = CustomerFeatureVector.From(c, home);
                foreach (var p in targets)
                {
                    var invoices = source.Vector.Invoices(c.CustomerKey, p.ProductKey);
                    set.Features.Add(source.Vector.From(customerVector, c, p.ProductKey));
                    set.Labels.Add(source.Label(c.CustomerKey, p.ProductKey));
                    set.ProductKeys.Add(p.ProductKey);
                    set.CustomerKeys.Add(c.CustomerKey);
                    set.Invoices.Add(invoices);
                    set.Bought.Add(invoices > 0);
                }

                if (scoreAsBuilt is not null && set.Features.Count >= ScoringChunk)
                {
                    ScoreChunk();
                }
            }
        }

        if (scoreAsBuilt is not null && set.Features.Count > 0)
        {
            ScoreChunk();
        }

        return set;
    }

    private static void WriteScores(ModelingContext context, IReadOnlyList<ProductInfo> targets, PairSet scoring, double[] scores)
    {
        var codes = targets.ToDictionary(t => t.ProductKey, t => t.StockCode);
        var order = context.ProductOrder();
        var rows = context.Result.CustomerProductScores;
        rows.EnsureCapacity(rows.Count + scores.Length);
        // A customer's pairs are next to each other (Pairs builds them customer by customer).
        for (var start = 0; start < scores.Length;)
        {
            var end = start + 1;
            while (end < scores.Length && scoring.CustomerKeys[end] == scoring.CustomerKeys[start])
            {
                end++;
            }

            var rank = 1;
            foreach (var i in Enumerable.Range(start, end - start).OrderByDescending(i => scores[i]).ThenBy(i => scoring.ProductKeys[i], order))
            {
                rows.Add(new CustomerProductScoreRow(
                    context.RunId, scoring.CustomerKeys[i], scoring.ProductKeys[i], codes[scoring.ProductKeys[i]], scores[i], scoring.Bought[i], rank++));
            }

            start = end;
        }
    }
}
