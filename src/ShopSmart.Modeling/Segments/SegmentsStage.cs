using System.Diagnostics;
using ShopSmart.Modeling.Evaluation;
using ShopSmart.Modeling.Features;
using ShopSmart.Modeling.Output;
using ShopSmart.Modeling.Pipeline;

namespace ShopSmart.Modeling.Segments;

/// <summary>
/// Segments as of the scoring cut-off: each customer's RFM segment (mart.v_customer_rfm) and a k-means cluster on
/// standardised log features, k chosen in [MinClusters, MaxClusters] by the best silhouette (Davies–Bouldin shown
/// too). Profiles are written at the end of the run, when P(buy) and CLV are known.
/// </summary>
public static class SegmentsStage
{
    public const string Model = "segments";

    public static readonly IReadOnlyList<string> ClusterFeatures =
        ["recency_days", "frequency", "monetary", "avg_basket", "tenure_days", "distinct_products"];

    /// <summary>Points above this count are scored for silhouette on a seeded sample (it is O(n²)).</summary>
    public const int SilhouetteSample = 3_000;

    public static void Run(ModelingContext context)
    {
        var clock = Stopwatch.StartNew();
        var options = context.Options;
        var result = context.Result;
        var customers = context.Features(context.Plan.ScoringCutoff);

        var byKey = customers.ToDictionary(c => c.CustomerKey);
        foreach (var rfm in context.RfmSegments())
        {
            // The view and the scoring features see the same purchases (both as of the day after the last one).
            if (byKey.TryGetValue(rfm.CustomerKey, out var customer))
            {
                result.Score(rfm.CustomerKey, customer.CustomerId, s => s with { RfmSegment = rfm.Segment });
            }
        }

        var maxK = Math.Min(options.MaxClusters, customers.Count / 10);
        if (maxK < options.MinClusters)
        {
            context.Result.Runs.Add(StageRows.Skipped(context, Model, $"{customers.Count} customers: too few to cluster into at least {options.MinClusters} groups of 10.", clock));
            return;
        }

        context.Progress.Stage(Model, $"k-means for k = {options.MinClusters}..{maxK} on {customers.Count:N0} customers");
        var raw = customers.Select(Point).ToList();
        var standardiser = Standardiser.Fit(raw);
        var points = raw.Select(standardiser.Apply).ToList();

        var selection = SeededSample.Indexes(points.Count, options.SegmentSelectionCustomers, options.Seed);
        var sampled = selection.Length < points.Count;
        var selectionPoints = sampled ? selection.Select(i => points[i]).ToList() : points;
        var silhouetteOptions = new SilhouetteOptions { MaxPoints = SilhouetteSample, Seed = options.Seed };
        var distances = ClusteringEvaluation.SampleDistances.Of(selectionPoints, silhouetteOptions);
        KMeansResult? best = null;
        var bestSilhouette = double.NegativeInfinity;
        var index = 0;
        for (var k = options.MinClusters; k <= maxK; k++)
        {
            var solution = KMeansClustering.Fit(selectionPoints, k, options.Seed);
            var quality = ClusteringEvaluation.Evaluate(selectionPoints, solution.Assignments, distances, silhouetteOptions);
            var (silhouette, daviesBouldin) = (quality.Silhouette, quality.DaviesBouldin);
            result.Metric(Model, $"k={k}", KMeansClustering.Algorithm, false, "silhouette", silhouette);
            result.Metric(Model, $"k={k}", KMeansClustering.Algorithm, false, "davies_bouldin", daviesBouldin);
            result.Curve(Model, "k_selection", "silhouette", index, k, silhouette);
            result.Curve(Model, "k_selection", "davies_bouldin", index, k, daviesBouldin);
            index++;
            if (silhouette > bestSilhouette + 1e-12)
            {
                bestSilhouette = silhouette;
                best = solution;
            }
        }

        var chosen = best!;
        if (sampled)
        {
            // The chosen k on every customer, measured on the same sample as the candidates.
            chosen = KMeansClustering.Fit(points, chosen.K, options.Seed);
            bestSilhouette = ClusteringEvaluation.Evaluate(
                selectionPoints, selection.Select(i => chosen.Assignments[i]).ToArray(), distances, silhouetteOptions).Silhouette;
        }

        var profiles = Enumerable.Range(0, chosen.K).Select(cluster =>
        {
            var members = customers.Where((_, i) => chosen.Assignments[i] == cluster).ToList();
            return new ClusterProfile(cluster, members.Count, members.Average(m => m.RecencyDays), members.Average(m => m.Frequency),
                members.Average(m => m.Monetary), members.Average(m => m.TenureDays));
        }).ToList();
        var population = ClusterNaming.Describe(customers.Select(c => ((double)c.RecencyDays, (double)c.Frequency, c.Monetary)).ToList());
        var names = ClusterNaming.NameAll(profiles, population);
        for (var i = 0; i < customers.Count; i++)
        {
            var cluster = chosen.Assignments[i];
            result.Score(customers[i].CustomerKey, customers[i].CustomerId, s => s with { ClusterId = cluster, ClusterName = names[cluster].Name });
        }

        context.ClusterNames = names;
        result.Metric(Model, "chosen", KMeansClustering.Algorithm, false, "k", chosen.K);
        result.Metric(Model, "chosen", KMeansClustering.Algorithm, false, "silhouette", bestSilhouette);
        result.Runs.Add(new ModelRunRow
        {
            RunId = context.RunId,
            Model = Model,
            Status = ModelStatus.Trained,
            Message = sampled
                ? $"k = {chosen.K} chosen by silhouette among k = {options.MinClusters}..{maxK} on a sample of {selection.Length:N0} customers, then fitted on all {customers.Count:N0} (silhouette {bestSilhouette:0.000})."
                : $"k = {chosen.K} chosen by silhouette ({bestSilhouette:0.000}) among k = {options.MinClusters}..{maxK}.",
            Algorithm = KMeansClustering.Algorithm,
            Parameters = $"{{\"features\":\"log1p, z-scored: {string.Join(", ", ClusterFeatures)}\",\"k\":{chosen.K},\"threads\":1}}",
            Seed = options.Seed,
            ScoringCutoff = context.Plan.ScoringCutoff,
            HorizonDays = context.Plan.HorizonDays,
            TrainingRows = customers.Count,
            ScoredRows = customers.Count,
            PrimaryMetric = "silhouette",
            ModelValue = bestSilhouette,
            DurationMs = clock.ElapsedMilliseconds,
        });
    }

    private static double[] Point(CustomerFeatures c) =>
    [
        Math.Log(1 + c.RecencyDays),
        Math.Log(1 + c.Frequency),
        Math.Log(1 + Math.Max(0, c.Monetary)),
        Math.Log(1 + Math.Max(0, c.AvgBasket)),
        Math.Log(1 + c.TenureDays),
        Math.Log(1 + c.DistinctProducts),
    ];
}
