namespace ShopSmart.Modeling.Evaluation;

/// <summary>The quality of a clustering (definitions in docs/model-grades.md).</summary>
/// <param name="Count">Points clustered.</param>
/// <param name="Clusters">Distinct cluster labels.</param>
/// <param name="Silhouette">Mean silhouette in [−1, 1], higher is better; NaN with fewer than 2 clusters.</param>
/// <param name="SilhouetteSampleSize">Points the silhouette was computed on: all of them, or the sample.</param>
/// <param name="DaviesBouldin">Davies–Bouldin index, 0 or more, lower is better; NaN with fewer than 2 clusters.</param>
public sealed record ClusteringMetrics(int Count, int Clusters, double Silhouette, int SilhouetteSampleSize, double DaviesBouldin);
