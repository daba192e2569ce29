namespace ShopSmart.Modeling.Explain;

/// <summary>
/// Permutation feature importance (Breiman; Fisher, Rudin &amp; Dominici): how much a hold-out metric gets worse when
/// one feature's column is shuffled, breaking its link with the label while keeping its distribution. Model-agnostic:
/// it takes the model as a predict function. Seeded, so the same inputs give the same importances.
/// </summary>
public static class PermutationImportance
{
    public sealed record Importance(int Feature, double Mean, double Std);

    /// <param name="loss">A metric where lower is better: pass (1 − AUC) or RMSE; importance = loss(shuffled) − loss(original).</param>
    public static IReadOnlyList<Importance> Compute(
        IReadOnlyList<float[]> features,
        Func<IReadOnlyList<float[]>, double[]> predict,
        Func<double[], double> loss,
        int repeats,
        int seed)
    {
        if (features.Count == 0)
        {
            return [];
        }

        var width = features[0].Length;
        var baseline = loss(predict(features));
        var random = new Random(seed);
        var result = new List<Importance>(width);
        for (var j = 0; j < width; j++)
        {
            var drops = new double[repeats];
            for (var r = 0; r < repeats; r++)
            {
                var permutation = Enumerable.Range(0, features.Count).ToArray();
                random.Shuffle(permutation);
                var shuffled = new float[features.Count][];
                for (var i = 0; i < features.Count; i++)
                {
                    var row = (float[])features[i].Clone();
                    row[j] = features[permutation[i]][j];
                    shuffled[i] = row;
                }

                drops[r] = loss(predict(shuffled)) - baseline;
            }

            var mean = drops.Average();
            var std = repeats > 1 ? Math.Sqrt(drops.Sum(d => (d - mean) * (d - mean)) / (repeats - 1)) : 0;
            result.Add(new Importance(j, mean, std));
        }

        return result;
    }
}
