namespace ShopSmart.ExcelExport.Data;

/// <summary>A row of <c>mart.v_product_performance</c>.</summary>
public sealed record ProductSales(
    string StockCode, string Description, double Revenue, double CancellationValue, double NetRevenue, long Units, long Orders, long Customers,
    double? ReturnRate, long RevenueRank, double? RevenueShare, double? CumulativeShare, string AbcClass)
{
    public static ProductSales Read(FieldReader f) => new(
        f.Text("stock_code"), f.Text("description"), f.Double("revenue"), f.Double("cancellation_value"), f.Double("net_revenue"), f.Long("units"), f.Long("orders"),
        f.Long("customers"), f.NullableDouble("return_rate"), f.Long("revenue_rank"), f.NullableDouble("revenue_share"),
        f.NullableDouble("cumulative_share"), f.Text("abc_class"));
}
