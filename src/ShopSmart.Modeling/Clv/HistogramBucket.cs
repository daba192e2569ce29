namespace ShopSmart.Modeling.Clv;

/// <summary>
/// Customers with <paramref name="Frequency"/> repeat purchases in the calibration period (or at least that many when
/// <paramref name="IsOpenEnded"/>): counted, and expected by the model.
/// </summary>
public sealed record HistogramBucket(int Frequency, bool IsOpenEnded, double Actual, double Expected)
{
    /// <summary>"3", or "7+" for the open bucket.</summary>
    public string Label => IsOpenEnded ? $"{Frequency}+" : $"{Frequency}";
}
