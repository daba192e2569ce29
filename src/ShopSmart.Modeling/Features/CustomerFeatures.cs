namespace ShopSmart.Modeling.Features;

/// <summary>
/// One customer as of a cut-off, as <c>Sql/&lt;dialect&gt;/customer_features.sql</c> computes it (definitions in
/// docs/model-features.md): features from purchases strictly before the cut-off, labels from the H days after it.
/// </summary>
public sealed record CustomerFeatures
{
    /// <summary>The cut-off (midnight) the features are computed as of.</summary>
    public DateTime Cutoff { get; init; }

    public int CustomerKey { get; init; }

    public string CustomerId { get; init; } = "";

    public string CountryName { get; init; } = "";

    public int RecencyDays { get; init; }

    public int TenureDays { get; init; }

    public int Frequency { get; init; }

    public int PurchaseDays { get; init; }

    public double Monetary { get; init; }

    public double GrossRevenue { get; init; }

    public double AvgBasket { get; init; }

    public int DistinctProducts { get; init; }

    public double Units { get; init; }

    public double ReturnRate { get; init; }

    public double? IptMean { get; init; }

    public double? IptStd { get; init; }

    public double Q4Share { get; init; }

    public double PreviousPeriodRevenue { get; init; }

    public int PreviousPeriodOrders { get; init; }

    /// <summary>BG/NBD x: purchase days after the first.</summary>
    public int RepeatPurchases { get; init; }

    /// <summary>BG/NBD t_x: days from the first to the last purchase day.</summary>
    public int RepeatSpanDays { get; init; }

    /// <summary>Gamma-Gamma z̄: mean revenue of the repeat purchase days; null without a repeat.</summary>
    public double? RepeatOrderValue { get; init; }

    public int LabelOrders { get; init; }

    public int LabelPurchaseDays { get; init; }

    public double LabelRevenue { get; init; }

    public bool LabelBought => LabelOrders > 0;
}
