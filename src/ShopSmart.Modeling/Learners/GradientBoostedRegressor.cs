using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace ShopSmart.Modeling.Learners;

/// <summary>FastTree regression (gradient-boosted trees, least squares), seeded and single-threaded.</summary>
public sealed class GradientBoostedRegressor
{
    public const string Algorithm = "FastTree";

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _schema;

    private GradientBoostedRegressor(MLContext ml, ITransformer model, DataViewSchema schema)
    {
        _ml = ml;
        _model = model;
        _schema = schema;
    }

    public static string Parameters(int rows) => $"{{\"trees\":{Trees(rows)},\"leaves\":15,\"learning_rate\":0.05,\"min_leaf\":{MinLeaf(rows)},\"threads\":1}}";

    public static GradientBoostedRegressor Train(IReadOnlyList<float[]> features, IReadOnlyList<double> targets, int seed)
    {
        var ml = new MLContext(seed);
        var data = LearnerRow.ToDataView(ml, features, targets: targets);
        var trainer = ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        {
            LabelColumnName = nameof(LearnerRow.Target),
            FeatureColumnName = nameof(LearnerRow.Features),
            NumberOfTrees = Trees(features.Count),
            NumberOfLeaves = 15,
            LearningRate = 0.05,
            MinimumExampleCountPerLeaf = MinLeaf(features.Count),
            NumberOfThreads = 1,
            Seed = seed,
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

    private static int Trees(int rows) => rows < 2_000 ? 100 : 200;

    private static int MinLeaf(int rows) => Math.Clamp(rows / 200, 10, 100);
}
