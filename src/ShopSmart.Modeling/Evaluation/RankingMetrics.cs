namespace ShopSmart.Modeling.Evaluation;

/// <summary>Top-K quality of recommendations against hold-out purchases, averaged over customers.</summary>
/// <param name="K">Recommendations looked at per customer.</param>
/// <param name="Customers">
/// The denominator: customers with at least one hold-out purchase. A customer without recommendations still
/// counts (with no hit); one without hold-out purchases does not.
/// </param>
/// <param name="PrecisionAtK">Mean of hits / K.</param>
/// <param name="RecallAtK">Mean of hits / hold-out products.</param>
/// <param name="SuccessAtK">Share of customers with at least one hit (hit rate).</param>
public sealed record RankingMetrics(int K, int Customers, double PrecisionAtK, double RecallAtK, double SuccessAtK);
