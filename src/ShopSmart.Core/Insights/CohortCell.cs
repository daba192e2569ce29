namespace ShopSmart.Core.Insights;

/// <summary>One cell of mart.v_cohort_retention: a cohort's buyers in a month since its first purchase.</summary>
public sealed record CohortCell(string CohortMonth, int MonthsSinceFirstPurchase, long CohortSize, long ActiveCustomers);
