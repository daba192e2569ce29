namespace ShopSmart.Modeling.Evaluation;

/// <summary>Internal validity of a clustering from the points (Euclidean space) and their cluster labels.</summary>
public static class ClusteringEvaluation
{
    public static ClusteringMetrics Evaluate(IReadOnlyList<double[]> points, ReadOnlySpan<int> labels, SilhouetteOptions? options = null)
    {
        Check(points, labels);
        return Evaluate(points, labels, SampleDistances.Of(points, options), options);
    }

    /// <summary>As above, with the sample's distances computed once for several clusterings of the same points.</summary>
    public static ClusteringMetrics Evaluate(IReadOnlyList<double[]> points, ReadOnlySpan<int> labels, SampleDistances distances, SilhouetteOptions? options = null)
    {
        options ??= new SilhouetteOptions();
        Check(points, labels);
        var silhouette = distances.Silhouette(labels);
        return new ClusteringMetrics(
            points.Count,
            DenseLabels(labels, out _),
            silhouette,
            Math.Min(points.Count, options.MaxPoints),
            DaviesBouldin(points, labels));
    }

    /// <summary>
    /// Mean over points of s = (b − a) / max(a, b), where a is the mean distance to the other points of its cluster
    /// and b the smallest mean distance to the points of another cluster; s = 0 for a point alone in its cluster.
    /// Exact (all pairs) up to <see cref="SilhouetteOptions.MaxPoints"/> points; above, exact on a seeded uniform
    /// sample of that many points. NaN when fewer than 2 clusters (in the sample).
    /// </summary>
    public static double Silhouette(IReadOnlyList<double[]> points, ReadOnlySpan<int> labels, SilhouetteOptions? options = null)
    {
        Check(points, labels);
        return SampleDistances.Of(points, options).Silhouette(labels);
    }

    /// <summary>
    /// The silhouette's sample and the distances between its points, computed once: choosing k scores several
    /// clusterings of the same points, and the distances are most of the work (they do not depend on the labels).
    /// </summary>
    public sealed class SampleDistances
    {
        private readonly int[] _sample;
        private readonly double[] _distances;

        private SampleDistances(int[] sample, double[] distances)
        {
            _sample = sample;
            _distances = distances;
        }

        /// <summary>Pairs (i, j), i &lt; j, of the sampled points in row order: what the silhouette adds up.</summary>
        public static SampleDistances Of(IReadOnlyList<double[]> points, SilhouetteOptions? options = null)
        {
            options ??= new SilhouetteOptions();
            if (options.MaxPoints < 2)
            {
                throw new ArgumentOutOfRangeException(nameof(options), options.MaxPoints, "The silhouette needs a sample of at least 2 points.");
            }

            var sample = Sample(points.Count, options);
            var m = sample.Length;
            var distances = new double[(long)m * (m - 1) / 2];
            var next = 0;
            for (var i = 0; i < m; i++)
            {
                var pi = points[sample[i]];
                for (var j = i + 1; j < m; j++)
                {
                    distances[next++] = Distance(pi, points[sample[j]]);
                }
            }

            return new SampleDistances(sample, distances);
        }

        /// <summary>The mean silhouette of the sampled points under <paramref name="labels"/> (one label per point).</summary>
        public double Silhouette(ReadOnlySpan<int> labels)
        {
            var sample = _sample;
            var sampleLabels = new int[sample.Length];
            for (var i = 0; i < sample.Length; i++)
            {
                sampleLabels[i] = labels[sample[i]];
            }

            var k = DenseLabels(sampleLabels, out var cluster);
            if (k < 2)
            {
                return double.NaN;
            }

            var m = sample.Length;
            var size = new int[k];
            foreach (var c in cluster)
            {
                size[c]++;
            }

            // sums[i·k + c] = total distance from sampled point i to the sampled points of cluster c; each pair once.
            var sums = new double[m * k];
            var next = 0;
            for (var i = 0; i < m; i++)
            {
                var ci = cluster[i];
                for (var j = i + 1; j < m; j++)
                {
                    var d = _distances[next++];
                    sums[(i * k) + cluster[j]] += d;
                    sums[(j * k) + ci] += d;
                }
            }

            double total = 0;
            for (var i = 0; i < m; i++)
            {
                var own = cluster[i];
                if (size[own] == 1)
                {
                    continue;
                }

                var a = sums[(i * k) + own] / (size[own] - 1);
                var b = double.PositiveInfinity;
                for (var c = 0; c < k; c++)
                {
                    if (c != own)
                    {
                        b = Math.Min(b, sums[(i * k) + c] / size[c]);
                    }
                }

                var scale = Math.Max(a, b);
                total += scale == 0 ? 0 : (b - a) / scale;
            }

            return total / m;
        }
    }

    /// <summary>
    /// Mean over clusters i of max over j ≠ i of (S_i + S_j) / M_ij, where S is the mean distance of a cluster's
    /// points to its centroid and M the distance between centroids; +∞ when two centroids coincide. All points,
    /// O(n·d). NaN with fewer than 2 clusters.
    /// </summary>
    public static double DaviesBouldin(IReadOnlyList<double[]> points, ReadOnlySpan<int> labels)
    {
        Check(points, labels);
        var k = DenseLabels(labels, out var cluster);
        if (k < 2)
        {
            return double.NaN;
        }

        var dimensions = points[0].Length;
        var centroids = new double[k][];
        var size = new int[k];
        for (var c = 0; c < k; c++)
        {
            centroids[c] = new double[dimensions];
        }

        for (var i = 0; i < points.Count; i++)
        {
            size[cluster[i]]++;
            var centroid = centroids[cluster[i]];
            for (var d = 0; d < dimensions; d++)
            {
                centroid[d] += points[i][d];
            }
        }

        for (var c = 0; c < k; c++)
        {
            for (var d = 0; d < dimensions; d++)
            {
                centroids[c][d] /= size[c];
            }
        }

        var scatter = new double[k];
        for (var i = 0; i < points.Count; i++)
        {
            scatter[cluster[i]] += Distance(points[i], centroids[cluster[i]]);
        }

        for (var c = 0; c < k; c++)
        {
            scatter[c] /= size[c];
        }

        double total = 0;
        for (var i = 0; i < k; i++)
        {
            var worst = 0.0;
            for (var j = 0; j < k; j++)
            {
                if (j != i)
                {
                    var separation = Distance(centroids[i], centroids[j]);
                    worst = Math.Max(worst, separation == 0 ? double.PositiveInfinity : (scatter[i] + scatter[j]) / separation);
                }
            }

            total += worst;
        }

        return total / k;
    }

    private static double Distance(double[] x, double[] y)
    {
        double sum = 0;
        for (var d = 0; d < x.Length; d++)
        {
            var delta = x[d] - y[d];
            sum += delta * delta;
        }

        return Math.Sqrt(sum);
    }

    /// <summary>Point indices to use: all, or a seeded partial Fisher–Yates draw, in ascending order.</summary>
    private static int[] Sample(int count, SilhouetteOptions options)
    {
        var all = new int[count];
        for (var i = 0; i < count; i++)
        {
            all[i] = i;
        }

        if (count <= options.MaxPoints)
        {
            return all;
        }

        var random = new Random(options.Seed);
        for (var i = 0; i < options.MaxPoints; i++)
        {
            var j = random.Next(i, count);
            (all[i], all[j]) = (all[j], all[i]);
        }

        var sample = all[..options.MaxPoints];
        Array.Sort(sample);
        return sample;
    }

    /// <summary>Maps labels to 0 … k − 1 in order of first appearance; returns k.</summary>
    private static int DenseLabels(ReadOnlySpan<int> labels, out int[] dense)
    {
        var ids = new Dictionary<int, int>();
        dense = new int[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            if (!ids.TryGetValue(labels[i], out var id))
            {
                id = ids.Count;
                ids[labels[i]] = id;
            }

            dense[i] = id;
        }

        return ids.Count;
    }

    private static void Check(IReadOnlyList<double[]> points, ReadOnlySpan<int> labels)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count != labels.Length)
        {
            throw new ArgumentException($"{points.Count} points but {labels.Length} labels: they must pair up.", nameof(labels));
        }

        if (points.Count == 0)
        {
            throw new ArgumentException("No points to evaluate.", nameof(points));
        }

        var dimensions = points[0]?.Length ?? 0;
        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            if (point is null || point.Length != dimensions || dimensions == 0)
            {
                throw new ArgumentException($"Point {i} has {point?.Length ?? 0} coordinates; every point needs the same number (at least 1), {dimensions} like point 0.", nameof(points));
            }

            foreach (var x in point)
            {
                if (!double.IsFinite(x))
                {
                    throw new ArgumentException($"Point {i} has a coordinate that is not a finite number ({x}).", nameof(points));
                }
            }
        }
    }
}
