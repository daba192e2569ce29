namespace ShopSmart.Modeling.Clv;

/// <summary>How the fit checks group customers.</summary>
public sealed record FitCheckOptions
{
    /// <summary>k: buckets x = 0, 1, …, k−1 and an open bucket k+ (Fader, Hardie &amp; Lee use 7).</summary>
    public int FrequencyBuckets { get; init; } = 7;

    /// <summary>Throws when there are no buckets.</summary>
    public void Validate() =>
        ArgumentOutOfRangeException.ThrowIfLessThan(FrequencyBuckets, 1, nameof(FrequencyBuckets));
}
