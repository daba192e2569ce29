using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;

namespace ShopSmart.Modeling.Learners;

/// <summary>LightGBM regression (gradient-boosted trees, least squares), seeded and single-threaded.</summary>
public sealed class GradientBoostedRegressor
{
    public const string Algorithm = "LightGBM";

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _schema;

    private GradientBoostedRegressor(MLContext ml, ITransformer model, DataViewSchema schema)
    {
        _ml = ml;
        _model = model;
        _schema = schema;
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

    public double[] Predict(IReadOnlyList<float[]> features)
    {
        if (features.Count == 0)
        {
            return [];
        }

        var scored = _model.Transform(LearnerRow.ToDataView(_ml, features));
        return _ml.Data.CreateEnumerable<RegressionScore>(scored, reuseRowObject: true).Select(s => (double)s.Score).ToArray();
    }

    public void Save(string path) => _ml.Model.Save(_model, _schema, path);

}
