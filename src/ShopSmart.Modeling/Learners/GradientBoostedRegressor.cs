using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace ShopSmart.Modeling.Learners;

/// <summary>LightGBM regression (gradient-boosted trees, least squares), seeded and single-threaded.</summary>
public sealed class GradientBoostedRegressor : TrainedModel
{
    public const string Algorithm = "LightGBM";

    private readonly TreeEnsembleScorer? _trees;

    private GradientBoostedRegressor(MLContext ml, RegressionPredictionTransformer<LightGbmRegressionModelParameters> model, DataViewSchema schema)
        : base(ml, model, schema)
    {
        _trees = TreeEnsembleScorer.TryCreate(model.Model.TrainedTreeEnsemble);
    }

    public static GradientBoostedRegressor Train(
        IReadOnlyList<float[]> features, IReadOnlyList<double> targets, BoostingConfig config, int seed, IReadOnlyList<double>? weights = null)
    {
        var ml = new MLContext(seed);
        var data = LearnerRow.ToDataView(ml, features, targets: targets, weights: weights);
        var trainer = ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
        {
            LabelColumnName = nameof(LearnerRow.Target),
            FeatureColumnName = nameof(LearnerRow.Features),
            ExampleWeightColumnName = weights is null ? null : nameof(LearnerRow.Weight),
            NumberOfIterations = config.Trees,
            NumberOfLeaves = config.Leaves,
            LearningRate = config.LearningRate,
            MinimumExampleCountPerLeaf = config.MinLeaf,
            NumberOfThreads = 1,
            Seed = seed,
            Silent = true,
        });
        return new GradientBoostedRegressor(ml, trainer.Fit(data), data.Schema);
    }

    /// <summary>ML.NET's tree sums, without its row cursors when the scorer can.</summary>
    public double[] Predict(IReadOnlyList<float[]> features) =>
        _trees is not null && _trees.TryScore(features, out var raw)
            ? Array.ConvertAll(raw, r => (double)r)
            : Score<RegressionScore>(features, s => s.Score);
}
