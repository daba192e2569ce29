using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace ShopSmart.Modeling.Learners;

/// <summary>L2-regularised logistic regression (L-BFGS) on standardised features, single-threaded.</summary>
public sealed class LogisticClassifier
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _schema;

    private LogisticClassifier(MLContext ml, ITransformer model, DataViewSchema schema)
    {
        _ml = ml;
        _model = model;
        _schema = schema;
    }

    public static LogisticClassifier Train(IReadOnlyList<float[]> features, IReadOnlyList<bool> labels, int seed)
    {
        var ml = new MLContext(seed);
        var data = LearnerRow.ToDataView(ml, features, labels);
        var pipeline = ml.Transforms.NormalizeMeanVariance(nameof(LearnerRow.Features))
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
