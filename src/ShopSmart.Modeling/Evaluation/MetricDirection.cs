namespace ShopSmart.Modeling.Evaluation;

/// <summary>Which way is better for each metric name the run writes.</summary>
public static class MetricDirection
{
    private static readonly HashSet<string> LowerIsBetter = new(StringComparer.Ordinal) { "rmse", "mae", "log_loss", "brier", "davies_bouldin" };

    public static bool HigherIsBetter(string metric) => !LowerIsBetter.Contains(metric);
}
