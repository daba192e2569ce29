namespace ShopSmart.Core.Insights;

/// <summary>Everything the recommendations are built from, read once from the warehouse by <see cref="InsightReader"/>.</summary>
/// <param name="MonthOneRetention">Share of a monthly cohort that buys again the month after its first purchase,
/// over cohorts whose next month is in the data, weighted by cohort size; null when no cohort qualifies.</param>
public sealed record InsightInputs(
    IReadOnlyList<SegmentSummary> Segments,
    IReadOnlyList<RuleSummary> Rules,
    IReadOnlyList<CountrySummary> Countries,
    IReadOnlyList<ProductSummary> Products,
    double? MonthOneRetention,
    double AverageOrderValue,
    ModelContext? Model);
