namespace ShopSmart.ExcelExport.Data;

/// <summary>A customer's next-best product (rank 1 of <c>ml.customer_recommendation</c>) and the rule behind it, if any.</summary>
public sealed record NextBestProduct(long CustomerKey, string StockCode, string? Description, double Score, string Source, long? RuleId)
{
    public static NextBestProduct Read(FieldReader f) => new(
        f.Long("customer_key"), f.Text("stock_code"), f.NullableText("description"), f.Double("score"), f.Text("source"),
        f.NullableDouble("rule_id") is { } id ? (long)id : null);
}
