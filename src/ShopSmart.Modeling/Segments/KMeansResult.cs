namespace ShopSmart.Modeling.Segments;

/// <summary>One k-means solution: a cluster (0-based) per point.</summary>
public sealed record KMeansResult(int K, int[] Assignments);
