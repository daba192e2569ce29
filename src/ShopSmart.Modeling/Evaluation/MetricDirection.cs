namespace ShopSmart.Modeling.Evaluation;

/// <summary>Which way a metric improves.</summary>
public enum MetricDirection
{
    /// <summary>AUC, PR AUC, Success@K, Spearman.</summary>
    HigherIsBetter,

    /// <summary>RMSE, MAE.</summary>
    LowerIsBetter,
}
