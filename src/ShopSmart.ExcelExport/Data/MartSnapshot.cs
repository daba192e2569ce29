using ShopSmart.ExcelExport.Kpis;

namespace ShopSmart.ExcelExport.Data;

/// <summary>
/// Everything the view-only sheets show, read from the <c>mart</c> views in one go. <see cref="Customers"/> come from
/// <c>mart.v_customer_360</c>: RFM for everyone, and the latest model run's scores once there is one.
/// </summary>
public sealed record MartSnapshot(
    DateTime? FirstInvoiceAt,
    DateTime? LastInvoiceAt,
    ReportingPeriods? Periods,
    IReadOnlyList<KpiRow> Kpis,
    LoadTotals Load,
    IReadOnlyList<MonthlySales> Months,
    IReadOnlyList<CountrySales> Countries,
    IReadOnlyList<ProductSales> Products,
    IReadOnlyList<WeekdayHourSales> WeekdayHours,
    IReadOnlyList<CohortCell> Cohorts,
    IReadOnlyList<RfmSegment> Segments,
    IReadOnlyList<CustomerScore> Customers,
    IReadOnlyList<ColumnProfile> SourceColumns)
{
    public bool HasSales => Months.Count > 0;
}
