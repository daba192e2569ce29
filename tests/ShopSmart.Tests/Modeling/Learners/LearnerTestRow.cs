using Microsoft.ML.Data;

namespace ShopSmart.Tests.Modeling.Learners;

/// <summary>A row the scorer tests train ML.NET on, and its schema with a feature vector of a known size.</summary>
internal sealed class LearnerTestRow
{
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }

    public float Target { get; set; }

    public static SchemaDefinition Schema(int width)
    {
        var schema = SchemaDefinition.Create(typeof(LearnerTestRow));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        return schema;
    }
}
