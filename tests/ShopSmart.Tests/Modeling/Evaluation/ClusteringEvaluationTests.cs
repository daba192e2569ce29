using ShopSmart.Modeling.Evaluation;

namespace ShopSmart.Tests.Modeling.Evaluation;

public sealed class ClusteringEvaluationTests
{
    [Fact]
    public void Silhouette_of_two_pairs_on_a_line()
    {
        // A = {0, 1}, B = {4, 5}. Point 0: a = 1, b = (4 + 5)/2 = 4.5, s = 3.5/4.5 = 7/9; point 1: a = 1, b = 3.5,
        // s = 5/7; 4 and 5 mirror them. Mean (7/9 + 5/7)/2 = 47/63.
        var silhouette = ClusteringEvaluation.Silhouette(Line(0, 1, 4, 5), [0, 0, 1, 1]);

        Assert.Equal(47.0 / 63, silhouette, 12);
    }

    [Fact]
    public void A_point_alone_in_its_cluster_scores_zero()
    {
        // A = {0, 1}, B = {10}: points 0 and 1 score (10 − 1)/10 and (9 − 1)/9; the singleton 0. Mean over 3 points.
        var silhouette = ClusteringEvaluation.Silhouette(Line(0, 1, 10), [7, 7, 3]);

        Assert.Equal(((9.0 / 10) + (8.0 / 9) + 0) / 3, silhouette, 12);
    }

    [Fact]
    public void Silhouette_matches_its_definition_on_random_points()
    {
        var (points, labels) = Blobs(seed: 4, perCluster: 40);

        Assert.Equal(BruteForceSilhouette(points, labels), ClusteringEvaluation.Silhouette(points, labels), 12);
    }

    [Fact]
    public void Above_the_cap_the_silhouette_is_computed_on_a_seeded_sample()
    {
        var (points, labels) = Blobs(seed: 8, perCluster: 300);
        var options = new SilhouetteOptions { MaxPoints = 300, Seed = 1 };

        var exact = ClusteringEvaluation.Silhouette(points, labels);
        var sampled = ClusteringEvaluation.Evaluate(points, labels, options);
        var again = ClusteringEvaluation.Silhouette(points, labels, options);
        var otherSeed = ClusteringEvaluation.Silhouette(points, labels, new SilhouetteOptions { MaxPoints = 300, Seed = 2 });

        Assert.Equal(300, sampled.SilhouetteSampleSize);
        Assert.Equal(900, sampled.Count);
        Assert.Equal(again, sampled.Silhouette);
        Assert.NotEqual(again, otherSeed);
        Assert.InRange(sampled.Silhouette, exact - 0.05, exact + 0.05);
    }

    [Fact]
    public void Davies_bouldin_by_hand()
    {
        // A = {0, 2}: centroid 1, scatter 1. B = {10, 14}: centroid 12, scatter 2. C = {20, 20}: centroid 20, scatter 0.
        // R_AB = 3/11, R_AC = 1/19, R_BC = 2/8. Worst per cluster: A 3/11, B 3/11, C 1/4.
        var db = ClusteringEvaluation.DaviesBouldin(Line(0, 2, 10, 14, 20, 20), [0, 0, 1, 1, 2, 2]);

        Assert.Equal(((3.0 / 11) + (3.0 / 11) + 0.25) / 3, db, 12);
    }

    [Fact]
    public void One_cluster_has_no_silhouette_or_davies_bouldin()
    {
        var metrics = ClusteringEvaluation.Evaluate(Line(0, 1, 2), [5, 5, 5]);

        Assert.Equal(1, metrics.Clusters);
        Assert.True(double.IsNaN(metrics.Silhouette));
        Assert.True(double.IsNaN(metrics.DaviesBouldin));
    }

    [Fact]
    public void Points_of_different_dimensions_are_refused() =>
        Assert.Throws<ArgumentException>(() => ClusteringEvaluation.Silhouette([[0.0, 1.0], [2.0]], [0, 1]));

    private static double[][] Line(params double[] xs) => xs.Select(x => new[] { x }).ToArray();

    private static (double[][] Points, int[] Labels) Blobs(int seed, int perCluster)
    {
        var random = new Random(seed);
        double[][] centres = [[0, 0], [4, 0], [0, 4]];
        var points = centres.SelectMany(c => Enumerable.Range(0, perCluster)
            .Select(_ => new[] { c[0] + (random.NextDouble() * 3) - 1.5, c[1] + (random.NextDouble() * 3) - 1.5 })).ToArray();
        var labels = Enumerable.Range(0, points.Length).Select(i => i / perCluster).ToArray();
        return (points, labels);
    }

    private static double BruteForceSilhouette(double[][] points, int[] labels)
    {
        static double Distance(double[] x, double[] y) => Math.Sqrt(x.Zip(y, (a, b) => (a - b) * (a - b)).Sum());
        double MeanDistance(int i, int cluster, bool excludeSelf) => Enumerable.Range(0, points.Length)
            .Where(j => labels[j] == cluster && !(excludeSelf && j == i))
            .Average(j => Distance(points[i], points[j]));

        return Enumerable.Range(0, points.Length).Average(i =>
        {
            var a = MeanDistance(i, labels[i], excludeSelf: true);
            var b = labels.Distinct().Where(c => c != labels[i]).Min(c => MeanDistance(i, c, excludeSelf: false));
            return (b - a) / Math.Max(a, b);
        });
    }
}
