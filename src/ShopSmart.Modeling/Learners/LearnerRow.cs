using Microsoft.ML;
using Microsoft.ML.Data;

namespace ShopSmart.Modeling.Learners;

/// <summary>One example as ML.NET sees it: a dense feature vector, a binary label and a numeric target.</summary>
internal sealed class LearnerRow
{
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }

    public float Target { get; set; }

    public float Weight { get; set; } = 1;

    /// <summary>Rows as an IDataView whose feature vector has a known size, which the trainers require.</summary>
    public static IDataView ToDataView(MLContext ml, IReadOnlyList<float[]> features, IReadOnlyList<bool>? labels = null, IReadOnlyList<double>? targets = null, IReadOnlyList<double>? weights = null)
    {
        var width = features.Count > 0 ? features[0].Length : 0;
        var schema = SchemaDefinition.Create(typeof(LearnerRow));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        var rows = features.Select((x, i) => new LearnerRow
        {
            Features = x,
            Label = labels is not null && labels[i],
            Target = targets is null ? 0f : (float)targets[i],
            Weight = weights is null ? 1f : (float)weights[i],
        });
        return ml.Data.LoadFromEnumerable(rows, schema);
    }
}
