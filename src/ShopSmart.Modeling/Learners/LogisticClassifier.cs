using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace ShopSmart.Modeling.Learners;

/// <summary>L2-regularised logistic regression (L-BFGS) on standardised features, single-threaded.</summary>
public sealed class LogisticClassifier : TrainedModel
{
    private readonly LinearScorer? _scorer;

    private LogisticClassifier(MLContext ml, ITransformer model, DataViewSchema schema)
        : base(ml, model, schema)
    {
        _scorer = LinearScorer.TryCreate(model);
    }

    public static LogisticClassifier Train(IReadOnlyList<float[]> features, IReadOnlyList<bool> labels, int seed)
    {
        var ml = new MLContext(seed);
        var data = LearnerRow.ToDataView(ml, features, labels);
        // Cached after standardising: L-BFGS reads the data once per iteration, and re-reading the in-memory rows
        // through ML.NET's enumerable view each time cost more than the optimisation itself.
        var pipeline = ml.Transforms.NormalizeMeanVariance(nameof(LearnerRow.Features))
            .AppendCacheCheckpoint(ml)
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(LearnerRow.Label),
                FeatureColumnName = nameof(LearnerRow.Features),
                L2Regularization = 1f,
                OptimizationTolerance = 1e-5f,
                NumberOfThreads = 1,
            }));
        return new LogisticClassifier(ml, pipeline.Fit(data), data.Schema);
    }

    /// <summary>Calibrated probabilities: ML.NET's normaliser, weights and calibrator, applied without its row cursors when the scorer can.</summary>
    public double[] PredictProbabilities(IReadOnlyList<float[]> features) =>
        _scorer is not null ? _scorer.PredictProbabilities(features) : Score<BinaryScore>(features, s => s.Probability);
}
