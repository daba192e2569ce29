namespace ShopSmart.Modeling.Learners;

/// <summary>What a regressor returns per row.</summary>
internal sealed class RegressionScore
{
    public float Score { get; set; }
}
