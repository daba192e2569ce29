namespace ShopSmart.Modeling.Evaluation;

/// <summary>A baseline's value of the primary metric on the same hold-out set as the model.</summary>
/// <param name="Name">What the baseline is, e.g. "recency only", "most popular products", "last period's spend".</param>
/// <param name="Value">Its metric value.</param>
public sealed record BaselineScore(string Name, double Value);
