namespace ShopSmart.Core.Insights;

/// <summary>A country's sales (mart.v_sales_by_country).</summary>
public sealed record CountrySummary(string Country, double GrossRevenue, int Orders, int Customers);
