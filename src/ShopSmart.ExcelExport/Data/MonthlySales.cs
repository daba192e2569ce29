namespace ShopSmart.ExcelExport.Data;

/// <summary>A row of <c>mart.v_sales_monthly</c>.</summary>
public sealed record MonthlySales(
    string YearMonth, double GrossRevenue, double CancellationValue, double NetRevenue, long Orders, long Customers,
    long NewCustomers, long ReturningCustomers, long Units, double? AvgOrderValue, double? CancellationRate, double? NetRevenueGrowth)
{
    public static MonthlySales Read(FieldReader f) => new(
        f.Text("year_month"), f.Double("gross_revenue"), f.Double("cancellation_value"), f.Double("net_revenue"), f.Long("orders"),
        f.Long("customers"), f.Long("new_customers"), f.Long("returning_customers"), f.Long("units"), f.NullableDouble("avg_order_value"),
        f.NullableDouble("cancellation_rate"), f.NullableDouble("net_revenue_growth"));
}
