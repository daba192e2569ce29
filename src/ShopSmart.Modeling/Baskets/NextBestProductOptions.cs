namespace ShopSmart.Modeling.Baskets;

/// <summary>How many products to recommend and how much an external score weighs.</summary>
public sealed class NextBestProductOptions
{
    /// <summary>Products per customer.</summary>
    public int TopK { get; set; } = 5;

    /// <summary>
    /// Weight w of the external per-product score in [0, 1]: score = (1 − w)·confidence + w·external. 0 ignores it.
    /// </summary>
    public double ExternalWeight { get; set; }

    internal void Validate()
    {
        if (TopK < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(TopK), TopK, "TopK must be at least 1.");
        }

        if (!(ExternalWeight is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ExternalWeight), ExternalWeight, "The external weight must be in [0, 1].");
        }
    }
}
