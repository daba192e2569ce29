using ShopSmart.Core.Insights;

namespace ShopSmart.Reporting.Data;

/// <summary>Everything the report shows, read from the warehouse once, before any section is written.</summary>
public sealed record ReportData(
    string Warehouse,
    IReadOnlyList<ColumnProfile> Columns,
    IReadOnlyList<QualityMeasure> Quality,
    IReadOnlyList<MonthlySales> Months,
    IReadOnlyList<WeekdayHourCell> WeekdayHours,
    IReadOnlyList<CountrySales> Countries,
    IReadOnlyList<ProductSales> Products,
    IReadOnlyList<CustomerRfm> Customers,
    IReadOnlyList<CohortCell> Cohorts,
    IReadOnlyList<Anomaly> Anomalies,
    IReadOnlyList<DistributionBin> Distributions,
    IReadOnlyList<CorrelationCell> Correlations,
    ModellingData Modelling,
    InsightInputs Insights)
{
    /// <summary>The last day of the lines that count in revenue (null for none): where months end.</summary>
    public DateOnly? LastRevenueDay { get; init; }

    /// <summary>Overall (all loaded batches) data-quality rows of one kind: <c>rule</c>, <c>rejected</c>, <c>reconciliation</c>.</summary>
    public IEnumerable<QualityMeasure> Overall(string kind) => Quality.Where(q => q.Scope == "overall" && q.Kind == kind);

    /// <summary>The rows the loaded batches read, from the overall reconciliation.</summary>
    public long RowsRead => Overall("reconciliation").FirstOrDefault(q => q.Code == "rows_read")?.Rows ?? 0;

    /// <summary>A rule's overall count (0 when the rule never matched).</summary>
    public long RuleCount(string code) => Overall("rule").Where(q => q.Code == code).Sum(q => q.Rows);

    public bool IsEmpty => Months.Count == 0;
}
