namespace ShopSmart.Reporting.Data;

/// <summary>A month of mart.v_sales_monthly.</summary>
public sealed record MonthlySales(
    string YearMonth, double GrossRevenue, double CancellationValue, double NetRevenue, long Orders, long Customers,
    long NewCustomers, long Units, double? AverageOrderValue);
