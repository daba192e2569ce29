namespace ShopSmart.ExcelExport.Data;

/// <summary>A row of <c>mart.v_sales_by_country</c>, or the sum of the countries outside the top N ("Other").</summary>
public sealed record CountrySales(
    string Country, double GrossRevenue, double CancellationValue, double NetRevenue, long Orders, long Customers,
    double? ShareOfRevenue, double? AvgOrderValue, double? ReturnRate, double CustomerRevenue)
{
    public static CountrySales Read(FieldReader f) => new(
        f.Text("country_name"), f.Double("gross_revenue"), f.Double("cancellation_value"), f.Double("net_revenue"), f.Long("orders"),
        f.Long("customers"), f.NullableDouble("share_of_revenue"), f.NullableDouble("avg_order_value"), f.NullableDouble("return_rate"),
        f.Double("customer_revenue"));
}
