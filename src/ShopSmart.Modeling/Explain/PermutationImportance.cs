namespace ShopSmart.Modeling.Explain;

/// <summary>
/// Permutation feature importance (Breiman; Fisher, Rudin &amp; Dominici): how much a hold-out metric gets worse when
/// one feature's column is shuffled, breaking its link with the label while keeping its distribution. Model-agnostic:
/// it takes the model as a predict function, called on the rows as they are and once per feature and repeat on the
/// rows with that column shuffled. Seeded, so the same inputs give the same result.
/// </summary>
public static class PermutationImportance
{
    public sealed record Importance(int Feature, double Mean, double Std);

    /// <summary>
    /// Hold-out customers the importance of a customer model is computed on, at most (seeded sample): each feature is
    /// scored on two shuffled copies of them, so the work grows with the sample, not with the customer base. Enough
    /// for a ranking (the standard error of a ROC AUC on 5,000 rows is about 0.01); the full UCI hold-out (3,368
    /// customers) is used whole, and at 80,000 customers the importance no longer costs more than the model.
    /// </summary>
    public const int CustomerSample = 5_000;

    /// <param name="loss">A metric where lower is better: pass (1 − AUC) or RMSE; importance = loss(shuffled) − loss(original).</param>
    public static IReadOnlyList<Importance> Compute(
        IReadOnlyList<float[]> features,
        Func<IReadOnlyList<float[]>, double[]> predict,
        Func<double[], double> loss,
        int repeats,
        int seed)
    {
        var n = features.Count;
        if (n == 0)
        {
            return [];
        }

        var width = features[0].Length;
        var random = new Random(seed);
        var baseline = loss(predict(features));

        // One working copy of the rows: each shuffle rewrites one column of it, and the column is put back after the
        // feature's repeats, so no copy of the rows per feature and repeat is made.
        var work = features.Select(row => (float[])row.Clone()).ToList();
        var result = new List<Importance>(width);
        for (var j = 0; j < width; j++)
        {
            var drops = new double[repeats];
            for (var r = 0; r < repeats; r++)
            {
                var permutation = Enumerable.Range(0, n).ToArray();
                random.Shuffle(permutation);
                for (var i = 0; i < n; i++)
                {
                    work[i][j] = features[permutation[i]][j];
                }

                drops[r] = loss(predict(work)) - baseline;
            }

            for (var i = 0; i < n; i++)
            {
                work[i][j] = features[i][j];
            }

            var mean = drops.Average();
            var std = repeats > 1 ? Math.Sqrt(drops.Sum(d => (d - mean) * (d - mean)) / (repeats - 1)) : 0;
            result.Add(new Importance(j, mean, std));
        }

        return result;
    }
}
