namespace ShopSmart.Modeling.Learners;

/// <summary>
/// The mean of two probabilities: shallow gradient-boosted trees (interactions, thresholds) and a logistic regression
/// (a smooth additive view). Customer behaviour shifts with the season between the training windows and the one
/// predicted; the linear half keeps the blend from leaning on interactions that held only in the training months.
/// </summary>
public sealed class BlendedClassifier
{
    public const string Algorithm = "LightGBM + logistic regression";

    /// <summary>Shallow and slow: the boosted half of the blend.</summary>
    public static readonly BoostingConfig Trees = new(125, 4, 0.08, 50);

    private readonly GradientBoostedClassifier _trees;
    private readonly LogisticClassifier _linear;

    private BlendedClassifier(GradientBoostedClassifier trees, LogisticClassifier linear)
    {
        _trees = trees;
        _linear = linear;
    }

    public static string Parameters => $"{{\"blend\":\"mean of probabilities\",\"lightgbm\":{Trees.ToJson()},\"logistic\":{{\"l2\":1,\"features\":\"standardised\"}}}}";

    public static BlendedClassifier Train(IReadOnlyList<float[]> features, IReadOnlyList<bool> labels, int seed) =>
        new(GradientBoostedClassifier.Train(features, labels, Trees, seed), LogisticClassifier.Train(features, labels, seed));

    public double[] PredictProbabilities(IReadOnlyList<float[]> features)
    {
        var trees = _trees.PredictProbabilities(features);
        var linear = _linear.PredictProbabilities(features);
        return trees.Select((p, i) => (p + linear[i]) / 2).ToArray();
    }

    /// <summary>Saves both halves: &lt;path&gt; (trees) and &lt;path without .zip&gt;.logistic.zip.</summary>
    public void Save(string path)
    {
        _trees.Save(path);
        _linear.Save(Path.ChangeExtension(path, ".logistic.zip"));
    }
}
