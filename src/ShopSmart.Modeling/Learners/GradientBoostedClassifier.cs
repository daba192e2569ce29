using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;

namespace ShopSmart.Modeling.Learners;

/// <summary>
/// LightGBM binary classifier on dense features, seeded and single-threaded so the same data gives the same model on
/// any machine. Probabilities are calibrated by ML.NET's default (Platt) calibrator.
/// </summary>
public sealed class GradientBoostedClassifier
{
    public const string Algorithm = "LightGBM";

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _schema;

    private GradientBoostedClassifier(MLContext ml, ITransformer model, DataViewSchema schema)
    {
        _ml = ml;
        _model = model;
        _schema = schema;
    }

    public static string Parameters(int rows) => $"{{\"trees\":{Trees(rows)},\"leaves\":15,\"learning_rate\":0.05,\"min_leaf\":{MinLeaf(rows)},\"threads\":1}}";

    public static GradientBoostedClassifier Train(IReadOnlyList<float[]> features, IReadOnlyList<bool> labels, int seed)
    {
        var ml = new MLContext(seed);
        var data = LearnerRow.ToDataView(ml, features, labels);
        var trainer = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = nameof(LearnerRow.Label),
            FeatureColumnName = nameof(LearnerRow.Features),
            NumberOfIterations = Trees(features.Count),
            NumberOfLeaves = 15,
            LearningRate = 0.05,
            MinimumExampleCountPerLeaf = MinLeaf(features.Count),
            NumberOfThreads = 1,
            Seed = seed,
            Silent = true,
        });
        return new GradientBoostedClassifier(ml, trainer.Fit(data), data.Schema);
    }

    public double[] PredictProbabilities(IReadOnlyList<float[]> features)
    {
        if (features.Count == 0)
        {
            return [];
        }

        var scored = _model.Transform(LearnerRow.ToDataView(_ml, features));
        return _ml.Data.CreateEnumerable<BinaryScore>(scored, reuseRowObject: true).Select(s => (double)s.Probability).ToArray();
    }

    public void Save(string path) => _ml.Model.Save(_model, _schema, path);

    // Small data needs fewer, broader trees; the figures follow the data size, not a tuning run on the hold-out.
    private static int Trees(int rows) => rows < 2_000 ? 100 : 200;

    private static int MinLeaf(int rows) => Math.Clamp(rows / 200, 10, 100);
}
