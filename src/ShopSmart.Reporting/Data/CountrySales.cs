namespace ShopSmart.Reporting.Data;

/// <summary>A country of mart.v_sales_by_country.</summary>
public sealed record CountrySales(
    string Country, double GrossRevenue, double NetRevenue, long Orders, long Customers, double CustomerRevenue, double? Share, double? AverageOrderValue);
