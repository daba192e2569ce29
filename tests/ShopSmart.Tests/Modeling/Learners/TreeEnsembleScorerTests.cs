using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;
using ShopSmart.Modeling.Learners;

namespace ShopSmart.Tests.Modeling.Learners;

/// <summary>The flat scorer must give exactly the scores ML.NET gives for the same trained LightGBM models.</summary>
public sealed class TreeEnsembleScorerTests
{
    private const int Width = 6;

    [Fact]
    public void Binary_scores_and_probabilities_equal_ml_net()
    {
        var (rows, labels, _) = Data(600, seed: 3);
        var ml = new MLContext(7);
        var model = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            NumberOfIterations = 40, NumberOfLeaves = 8, MinimumExampleCountPerLeaf = 5, NumberOfThreads = 1, Seed = 7, Silent = true,
        }).Fit(ml.Data.LoadFromEnumerable(rows.Select((x, i) => new LearnerTestRow { Features = x, Label = labels[i] }), LearnerTestRow.Schema(Width)));

        var scorer = TreeEnsembleScorer.TryCreate(model.Model.SubModel.TrainedTreeEnsemble);
        var (unseen, _, _) = Data(300, seed: 11);
        var expected = ml.Data.CreateEnumerable<BinaryOut>(
            model.Transform(ml.Data.LoadFromEnumerable(unseen.Select(x => new LearnerTestRow { Features = x }), LearnerTestRow.Schema(Width))), reuseRowObject: false).ToList();

        Assert.NotNull(scorer);
        Assert.True(scorer.TryScore(unseen, out var raw));
        Assert.Equal(expected.Select(e => e.Score), raw);
        Assert.Equal(expected.Select(e => e.Probability), raw.Select(model.Model.Calibrator.PredictProbability));
        Assert.True(expected.Select(e => e.Probability).Distinct().Count() > 20, "a model that scores every row alike proves nothing");
    }

    [Fact]
    public void Regression_scores_equal_ml_net()
    {
        var (rows, _, targets) = Data(600, seed: 5);
        var ml = new MLContext(7);
        var model = ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
        {
            LabelColumnName = nameof(LearnerTestRow.Target), NumberOfIterations = 60, NumberOfLeaves = 15, MinimumExampleCountPerLeaf = 5,
            NumberOfThreads = 1, Seed = 7, Silent = true,
        }).Fit(ml.Data.LoadFromEnumerable(rows.Select((x, i) => new LearnerTestRow { Features = x, Target = targets[i] }), LearnerTestRow.Schema(Width)));

        var scorer = TreeEnsembleScorer.TryCreate(model.Model.TrainedTreeEnsemble);
        var (unseen, _, _) = Data(300, seed: 13);
        var expected = ml.Data.CreateEnumerable<RegressionOut>(
            model.Transform(ml.Data.LoadFromEnumerable(unseen.Select(x => new LearnerTestRow { Features = x }), LearnerTestRow.Schema(Width))), reuseRowObject: false).ToList();

        Assert.NotNull(scorer);
        Assert.True(scorer.TryScore(unseen, out var raw));
        Assert.Equal(expected.Select(e => e.Score), raw);
    }

    [Fact]
    public void A_missing_value_is_left_to_ml_net()
    {
        var (rows, _, targets) = Data(300, seed: 5);
        var ml = new MLContext(7);
        var model = ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
        {
            LabelColumnName = nameof(LearnerTestRow.Target), NumberOfIterations = 10, NumberOfThreads = 1, Seed = 7, Silent = true,
        }).Fit(ml.Data.LoadFromEnumerable(rows.Select((x, i) => new LearnerTestRow { Features = x, Target = targets[i] }), LearnerTestRow.Schema(Width)));
        var scorer = TreeEnsembleScorer.TryCreate(model.Model.TrainedTreeEnsemble)!;
        var withGap = rows.Take(5).Select(r => (float[])r.Clone()).ToList();
        withGap[3][0] = float.NaN;

        Assert.False(scorer.TryScore(withGap, out _));
        Assert.True(scorer.TryScore(rows.Take(5).ToList(), out _));
    }

    /// <summary>Rows whose label and target depend on thresholds and an interaction, plus ties (rounded values).</summary>
    private static (List<float[]> Rows, bool[] Labels, float[] Targets) Data(int n, int seed)
    {
        var random = new Random(seed);
        var rows = new List<float[]>(n);
        var labels = new bool[n];
        var targets = new float[n];
        for (var i = 0; i < n; i++)
        {
            var x = new float[Width];
            for (var j = 0; j < Width; j++)
            {
                x[j] = j % 2 == 0 ? (float)Math.Round(random.NextDouble() * 10, 1) : (float)random.NextDouble();
            }

            rows.Add(x);
            labels[i] = (x[0] > 5 && x[1] > 0.3) || random.NextDouble() < 0.1;
            targets[i] = (float)((x[0] * x[1]) + (x[2] > 4 ? 3 : 0) + random.NextDouble());
        }

        return (rows, labels, targets);
    }

    private sealed class BinaryOut
    {
        public float Score { get; set; }

        public float Probability { get; set; }
    }

    private sealed class RegressionOut
    {
        public float Score { get; set; }
    }
}
