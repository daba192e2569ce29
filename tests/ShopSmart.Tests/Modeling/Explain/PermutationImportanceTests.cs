using ShopSmart.Modeling.Explain;

namespace ShopSmart.Tests.Modeling.Explain;

public sealed class PermutationImportanceTests
{
    // Rows (x0, x1) with x0 = i and x1 = 10 − i; the "model" returns x0 and the target is x0.
    private static readonly float[][] Rows = [.. Enumerable.Range(0, 10).Select(i => new float[] { i, 10 - i })];
    private static readonly double[] Target = [.. Enumerable.Range(0, 10).Select(i => (double)i)];

    private static double[] Model(IReadOnlyList<float[]> rows) => [.. rows.Select(r => (double)r[0])];

    private static double Rmse(double[] predicted) => Math.Sqrt(predicted.Select((p, i) => (p - Target[i]) * (p - Target[i])).Average());

    [Fact]
    public void A_feature_the_model_ignores_has_no_importance_and_the_one_it_uses_has_some()
    {
        var importances = PermutationImportance.Compute(Rows, Model, Rmse, repeats: 2, seed: 1);

        Assert.Equal(2, importances.Count);
        Assert.True(importances[0].Mean > 1, $"shuffling the feature the model reads must cost RMSE, got {importances[0].Mean}");
        Assert.Equal(0, importances[1].Mean);
        Assert.Equal(0, importances[1].Std);
    }

    [Fact]
    public void The_same_seed_gives_the_same_importances()
    {
        Assert.Equal(
            PermutationImportance.Compute(Rows, Model, Rmse, 2, seed: 7),
            PermutationImportance.Compute(Rows, Model, Rmse, 2, seed: 7));
    }
}
