using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using ShopSmart.Modeling.Learners;

namespace ShopSmart.Modeling.Segments;

/// <summary>
/// ML.NET k-means (k-means++ start) on standardised points. One thread: with more, ML.NET's centroids differ between
/// machines with different core counts. Clusters are renumbered by size (0 = largest), so ids are stable across runs.
/// </summary>
public static class KMeansClustering
{
    public const string Algorithm = "ML.NET k-means++";

    public static KMeansResult Fit(IReadOnlyList<double[]> points, int k, int seed)
    {
        var ml = new MLContext(seed);
        var features = points.Select(p => p.Select(v => (float)v).ToArray()).ToList();
        // Cached: k-means reads the points once per iteration, and ML.NET's enumerable view re-reads them slowly.
        var data = ml.Data.Cache(LearnerRow.ToDataView(ml, features));
        var trainer = ml.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        {
            FeatureColumnName = nameof(LearnerRow.Features),
            NumberOfClusters = k,
            NumberOfThreads = 1,
            InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
            MaximumNumberOfIterations = 1000,
            OptimizationTolerance = 1e-7f,
        });
        var model = trainer.Fit(data);
        var raw = ml.Data.CreateEnumerable<ClusterPrediction>(model.Transform(data), reuseRowObject: true)
            .Select(p => (int)p.PredictedLabel - 1)
            .ToArray();
        return new KMeansResult(k, RenumberBySize(raw, k));
    }

    /// <summary>Cluster ids by descending size, ties by the old id.</summary>
    public static int[] RenumberBySize(int[] assignments, int k)
    {
        var sizes = new int[k];
        foreach (var a in assignments)
        {
            sizes[a]++;
        }

        var order = Enumerable.Range(0, k).OrderByDescending(c => sizes[c]).ThenBy(c => c).ToArray();
        var newId = new int[k];
        for (var i = 0; i < k; i++)
        {
            newId[order[i]] = i;
        }

        return assignments.Select(a => newId[a]).ToArray();
    }

    private sealed class ClusterPrediction
    {
        [ColumnName("PredictedLabel")]
        public uint PredictedLabel { get; set; }
    }
}
