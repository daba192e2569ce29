namespace ShopSmart.Modeling.Learners;

/// <summary>What a binary classifier returns per row.</summary>
internal sealed class BinaryScore
{
    public float Probability { get; set; }
}
