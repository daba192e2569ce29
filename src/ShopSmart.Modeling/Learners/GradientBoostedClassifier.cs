using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace ShopSmart.Modeling.Learners;

/// <summary>
/// LightGBM binary classifier on dense features, seeded and single-threaded so the same data gives the same model on
/// any machine. Probabilities are calibrated by ML.NET's default (Platt) calibrator.
/// </summary>
public sealed class GradientBoostedClassifier : TrainedModel
{
    public const string Algorithm = "LightGBM";

    private readonly TreeEnsembleScorer? _trees;
    private readonly PlattCalibrator _calibrator;

    private GradientBoostedClassifier(
        MLContext ml, BinaryPredictionTransformer<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>> model, DataViewSchema schema)
        : base(ml, model, schema)
    {
        _trees = TreeEnsembleScorer.TryCreate(model.Model.SubModel.TrainedTreeEnsemble);
        _calibrator = model.Model.Calibrator;
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

    /// <summary>Calibrated probabilities: ML.NET's trees and Platt calibrator, summed without its row cursors when the scorer can.</summary>
    public double[] PredictProbabilities(IReadOnlyList<float[]> features) =>
        _trees is not null && _trees.TryScore(features, out var raw)
            ? Array.ConvertAll(raw, r => (double)_calibrator.PredictProbability(r))
            : Score<BinaryScore>(features, s => s.Probability);
}
