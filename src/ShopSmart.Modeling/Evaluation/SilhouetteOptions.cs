namespace ShopSmart.Modeling.Evaluation;

/// <summary>When the exact silhouette (every pair of points) is computed on a sample instead.</summary>
public sealed class SilhouetteOptions
{
    /// <summary>
    /// Above this many points the silhouette is computed on a uniform random sample of this size: it costs
    /// n² distances, and 10,000 points (50 million distances) take about a second; a sample of that size estimates
    /// the mean to within about ±0.01.
    /// </summary>
    public int MaxPoints { get; set; } = 10_000;

    /// <summary>Seed of the sample, so that a run can be repeated exactly.</summary>
    public int Seed { get; set; } = 42;
}
