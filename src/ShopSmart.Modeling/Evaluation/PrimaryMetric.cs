namespace ShopSmart.Modeling.Evaluation;

/// <summary>The metric a model is graded on.</summary>
public enum PrimaryMetric
{
    /// <summary>ROC AUC (purchase propensity).</summary>
    RocAuc,

    /// <summary>Average precision (rare positives).</summary>
    PrAuc,

    /// <summary>Hit rate of the top K recommendations (product recommendation).</summary>
    SuccessAtK,

    /// <summary>Rank correlation (spend and CLV: is the order of customers right).</summary>
    Spearman,

    /// <summary>Root mean squared error (spend and CLV).</summary>
    Rmse,

    /// <summary>Mean absolute error (spend and CLV).</summary>
    Mae,
}
