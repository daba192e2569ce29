namespace ShopSmart.Core.Insights;

/// <summary>
/// An FP-Growth rule of the latest run (ml.association_rule), the customers it is the reason of a next-best-product
/// recommendation for, and what an order line of the consequent product has been worth.
/// </summary>
public sealed record RuleSummary(
    int RuleId,
    string AntecedentCodes,
    string AntecedentDescriptions,
    string ConsequentCode,
    string ConsequentDescription,
    int Invoices,
    double Support,
    double Confidence,
    double Lift,
    double Leverage,
    int RecommendedCustomers,
    double? ConsequentRevenuePerOrder);
