namespace ShopSmart.ExcelExport.Data;

/// <summary>A customer of <c>mart.v_customer_360</c>: RFM figures and the latest run's scores (null before a run).</summary>
public sealed record CustomerScore(
    long CustomerKey, string CustomerId, string Country, DateTime? FirstPurchaseAt, DateTime? LastPurchaseAt, long RecencyDays, long Frequency,
    double Monetary, double? AvgBasket, string Segment, string? ClusterName, double? PBuy, double? ChurnProbability, double? PredictedSpend,
    double? ExpectedPurchases, double? PAlive, double? Clv, string? NextBestStockCode, string? NextBestDescription)
{
    public static CustomerScore Read(FieldReader f) => new(
        f.Long("customer_key"), f.Text("customer_id"), f.Text("country_name"), f.NullableDate("first_purchase_at"), f.NullableDate("last_purchase_at"),
        f.Long("recency_days"), f.Long("frequency"), f.Double("monetary"), f.NullableDouble("avg_basket"), f.Text("rfm_segment"),
        f.NullableText("cluster_name"), f.NullableDouble("p_buy"), f.NullableDouble("churn_probability"), f.NullableDouble("predicted_spend"),
        f.NullableDouble("expected_purchases"), f.NullableDouble("p_alive"), f.NullableDouble("clv"), f.NullableText("next_best_stock_code"),
        f.NullableText("next_best_description"));
}
