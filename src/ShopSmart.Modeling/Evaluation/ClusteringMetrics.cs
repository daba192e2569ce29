namespace ShopSmart.Modeling.Evaluation;

/// <summary>
/// Internal cluster validity (ML.NET reports neither): the silhouette (Rousseeuw 1987; higher is better, in [−1, 1])
/// and the Davies–Bouldin index (lower is better), with Euclidean distances.
/// </summary>
public static class ClusteringMetrics
{
    /// <summary>
    /// Mean silhouette over the points; above <paramref name="maxPoints"/> points it is computed on a seeded random
    /// sample of that size (distances among the sample only, as scikit-learn's sample_size does). A point alone in
    /// its cluster scores 0.
    /// </summary>
    public static double Silhouette(IReadOnlyList<double[]> points, IReadOnlyList<int> labels, int maxPoints, int seed)
    {
        var index = Enumerable.Range(0, points.Count).ToArray();
        if (index.Length > maxPoints)
        {
            new Random(seed).Shuffle(index);
            index = index[..maxPoints];
        }

        var k = labels.Count == 0 ? 0 : labels.Max() + 1;
        if (k < 2 || index.Length < 2)
        {
            return double.NaN;
        }

        var size = new int[k];
        foreach (var i in index)
        {
            size[labels[i]]++;
        }

        var total = 0.0;
        var sums = new double[k];
        foreach (var i in index)
        {
            Array.Clear(sums);
            foreach (var j in index)
            {
                if (i != j)
                {
                    sums[labels[j]] += Distance(points[i], points[j]);
                }
            }

            var own = labels[i];
            if (size[own] <= 1)
            {
                continue;
            }

            var a = sums[own] / (size[own] - 1);
            var b = double.PositiveInfinity;
            for (var c = 0; c < k; c++)
            {
                if (c != own && size[c] > 0)
                {
                    b = Math.Min(b, sums[c] / size[c]);
                }
            }

            total += double.IsInfinity(b) ? 0 : (b - a) / Math.Max(a, b);
        }

        return total / index.Length;
    }

    /// <summary>Mean over clusters of the worst ratio (Sᵢ + Sⱼ) / d(cᵢ, cⱼ), S being the mean distance to the centroid.</summary>
    public static double DaviesBouldin(IReadOnlyList<double[]> points, IReadOnlyList<int> labels)
    {
        var k = labels.Count == 0 ? 0 : labels.Max() + 1;
        if (k < 2)
        {
            return double.NaN;
        }

        var width = points[0].Length;
        var centroids = new double[k][];
        var counts = new int[k];
        for (var c = 0; c < k; c++)
        {
            centroids[c] = new double[width];
        }

        for (var i = 0; i < points.Count; i++)
        {
            counts[labels[i]]++;
            for (var d = 0; d < width; d++)
            {
                centroids[labels[i]][d] += points[i][d];
            }
        }

        for (var c = 0; c < k; c++)
        {
            for (var d = 0; d < width; d++)
            {
                centroids[c][d] /= Math.Max(1, counts[c]);
            }
        }

        var scatter = new double[k];
        for (var i = 0; i < points.Count; i++)
        {
            scatter[labels[i]] += Distance(points[i], centroids[labels[i]]);
        }

        var present = Enumerable.Range(0, k).Where(c => counts[c] > 0).ToArray();
        foreach (var c in present)
        {
            scatter[c] /= counts[c];
        }

        return present.Average(i => present.Where(j => j != i)
            .Select(j => (scatter[i] + scatter[j]) / Math.Max(Distance(centroids[i], centroids[j]), 1e-12))
            .DefaultIfEmpty(0)
            .Max());
    }

    public static double Distance(double[] x, double[] y)
    {
        var sum = 0.0;
        for (var d = 0; d < x.Length; d++)
        {
            var diff = x[d] - y[d];
            sum += diff * diff;
        }

        return Math.Sqrt(sum);
    }
}
