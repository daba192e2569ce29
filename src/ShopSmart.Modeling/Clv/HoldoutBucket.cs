namespace ShopSmart.Modeling.Clv;

/// <summary>
/// Customers with <paramref name="Frequency"/> calibration repeat purchases (at least that many when
/// <paramref name="IsOpenEnded"/>): their mean actual hold-out purchases and the mean of E[Y(t) | x, tₓ, T].
/// </summary>
public sealed record HoldoutBucket(int Frequency, bool IsOpenEnded, int Customers, double MeanActual, double MeanExpected)
{
    /// <summary>"3", or "7+" for the open bucket.</summary>
    public string Label => IsOpenEnded ? $"{Frequency}+" : $"{Frequency}";
}
