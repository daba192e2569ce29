using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using ShopSmart.Modeling.Learners;

namespace ShopSmart.Tests.Modeling.Learners;

/// <summary>The plain-loop linear scorer must give exactly the probabilities ML.NET gives for the same trained pipeline.</summary>
public sealed class LinearScorerTests
{
    private const int Width = 7;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Probabilities_equal_ml_net(bool fixZero)
    {
        var ml = new MLContext(7);
        var model = ml.Transforms.NormalizeMeanVariance(nameof(LearnerTestRow.Features), fixZero: fixZero)
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                L2Regularization = 1f, NumberOfThreads = 1,
            }))
            .Fit(ml.Data.LoadFromEnumerable(Rows(800, seed: 3), LearnerTestRow.Schema(Width)));

        var scorer = LinearScorer.TryCreate(model);
        var unseen = Rows(400, seed: 11);
        var expected = ml.Data.CreateEnumerable<BinaryOut>(model.Transform(ml.Data.LoadFromEnumerable(unseen, LearnerTestRow.Schema(Width))), reuseRowObject: false)
            .Select(e => (double)e.Probability)
            .ToList();

        Assert.NotNull(scorer);
        Assert.Equal(expected, scorer.PredictProbabilities(unseen.Select(r => r.Features).ToList()));
        Assert.True(expected.Distinct().Count() > 100, "a model that scores every row alike proves nothing");
    }

    [Fact]
    public void A_pipeline_of_another_shape_is_left_to_ml_net()
    {
        var ml = new MLContext(7);
        var model = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options { NumberOfThreads = 1 })
            .Fit(ml.Data.LoadFromEnumerable(Rows(200, seed: 3), LearnerTestRow.Schema(Width)));

        Assert.Null(LinearScorer.TryCreate(model));
    }

    /// <summary>Features on very different scales (the normaliser matters), with a label from a noisy linear rule.</summary>
    private static List<LearnerTestRow> Rows(int n, int seed)
    {
        var random = new Random(seed);
        var rows = new List<LearnerTestRow>(n);
        for (var i = 0; i < n; i++)
        {
            var x = new float[Width];
            for (var j = 0; j < Width; j++)
            {
                x[j] = (float)((random.NextDouble() * Math.Pow(10, j % 4)) - (j == 3 ? 400 : 0));
            }

            var logit = (0.8 * x[0]) - (0.01 * x[2]) + (0.004 * x[3]) + (random.NextDouble() * 2) - 1.5;
            rows.Add(new LearnerTestRow { Features = x, Label = logit > 0 });
        }

        return rows;
    }

    private sealed class BinaryOut
    {
        public float Probability { get; set; }
    }
}
