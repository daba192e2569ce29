using Microsoft.ML;

namespace ShopSmart.Modeling.Learners;

/// <summary>
/// A fitted ML.NET pipeline with the context it was trained in: scoring dense feature rows and saving to a zip, the
/// same for every learner.
/// </summary>
public abstract class TrainedModel(MLContext ml, ITransformer model, DataViewSchema schema)
{
    public void Save(string path) => ml.Model.Save(model, schema, path);

    /// <summary>Scores rows and reads one output column per row, in input order.</summary>
    protected double[] Score<TOutput>(IReadOnlyList<float[]> features, Func<TOutput, float> value)
        where TOutput : class, new()
    {
        if (features.Count == 0)
        {
            return [];
        }

        var scored = model.Transform(LearnerRow.ToDataView(ml, features));
        return ml.Data.CreateEnumerable<TOutput>(scored, reuseRowObject: true).Select(o => (double)value(o)).ToArray();
    }
}
