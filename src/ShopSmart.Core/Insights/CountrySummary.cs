namespace ShopSmart.Core.Insights;

/// <summary>A country's sales (mart.v_sales_by_country); <paramref name="CustomerRevenue"/> leaves the guests' sales out.</summary>
public sealed record CountrySummary(string Country, double GrossRevenue, int Orders, int Customers, double CustomerRevenue)
{
    /// <summary>What each known customer spent on average (0 without one).</summary>
    public double PerCustomer => Customers == 0 ? 0 : CustomerRevenue / Customers;
}
