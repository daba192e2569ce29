namespace ShopSmart.Modeling.Pipeline;

/// <summary>ml.model_run.status values.</summary>
public static class ModelStatus
{
    public const string Trained = "trained";
    public const string Skipped = "skipped";
}
