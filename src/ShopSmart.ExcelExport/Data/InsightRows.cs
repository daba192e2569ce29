using ShopSmart.Core.Insights;

namespace ShopSmart.ExcelExport.Data;

/// <summary>
/// The mart rows the exporter has already read, in the shapes Core's recommendation builder takes, so the
/// Recommendations sheet does not read the product, country and cohort views a second time.
/// </summary>
public static class InsightRows
{
    public static IReadOnlyList<ProductSummary> Products(MartSnapshot mart) =>
        mart.Products.Select(p => new ProductSummary(
            p.StockCode, string.IsNullOrEmpty(p.Description) ? p.StockCode : p.Description, p.Revenue, p.CancellationValue,
            (int)p.Orders, (int)p.RevenueRank, p.AbcClass)).ToList();

    public static IReadOnlyList<CountrySummary> Countries(MartSnapshot mart) =>
        mart.Countries.Select(c => new CountrySummary(c.Country, c.GrossRevenue, (int)c.Orders, (int)c.Customers, c.CustomerRevenue)).ToList();

    public static IReadOnlyList<Core.Insights.CohortCell> Cohorts(MartSnapshot mart) =>
        mart.Cohorts.Select(c => new Core.Insights.CohortCell(c.CohortMonth, c.MonthsSinceFirstPurchase, c.CohortSize, c.ActiveCustomers)).ToList();
}
