namespace ShopSmart.Core.Insights;

/// <summary>The latest modelling run, as far as recommendations need it; absent before the first run.</summary>
public sealed record ModelContext(long RunId, int HorizonDays, DateOnly? ScoringCutoff, IReadOnlySet<string> TrainedModels)
{
    /// <summary>
    /// The next-best-product list's success at 5 on the hold-out beside the most popular products the customer lacks
    /// (the cross-sell list's like-for-like baseline); null when either was not measured.
    /// </summary>
    public (double Model, double Popularity)? CrossSellSuccess { get; init; }
}
