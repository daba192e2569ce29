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

    public static GradientBoostedClassifier Train(IReadOnlyList<float[]> features, IReadOnlyList<bool> labels, BoostingConfig config, int seed)
    {
        var ml = new MLContext(seed);
        var data = LearnerRow.ToDataView(ml, features, labels);
        var trainer = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = nameof(LearnerRow.Label),
            FeatureColumnName = nameof(LearnerRow.Features),
            NumberOfIterations = config.Trees,
            NumberOfLeaves = config.Leaves,
            LearningRate = config.LearningRate,
            MinimumExampleCountPerLeaf = config.MinLeaf,
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

}
