namespace ShopSmart.Core.Insights;

/// <summary>Where a recommendation's expected value comes from, which its sentence says.</summary>
public enum ValueBasis
{
    /// <summary>The latest model run's predictions (CLV, predicted spend, rule confidence).</summary>
    Model,

    /// <summary>What the customers or products did in the loaded data.</summary>
    History,
}
