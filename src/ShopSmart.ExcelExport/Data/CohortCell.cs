namespace ShopSmart.ExcelExport.Data;

/// <summary>A row of <c>mart.v_cohort_retention</c>: one cohort x month offset with buyers.</summary>
public sealed record CohortCell(
    string CohortMonth, int MonthsSinceFirstPurchase, string ActivityMonth, long CohortSize, long ActiveCustomers,
    double RetentionPct, double Revenue, double RevenuePerCohortCustomer)
{
    public static CohortCell Read(FieldReader f) => new(
        f.Text("cohort_month"), (int)f.Long("months_since_first_purchase"), f.Text("activity_month"), f.Long("cohort_size"),
        f.Long("active_customers"), f.Double("retention_pct"), f.Double("revenue"), f.Double("revenue_per_cohort_customer"));
}
