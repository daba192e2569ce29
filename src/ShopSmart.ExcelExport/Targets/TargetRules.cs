using ShopSmart.Core.Insights;
using ShopSmart.ExcelExport.Data;

namespace ShopSmart.ExcelExport.Targets;

/// <summary>
/// Who is on each target list, and in what order. Each rule reads the figures the list shows, so a marketer can see
/// why every customer is on it.
/// </summary>
public static class TargetRules
{
    /// <summary>
    /// Win-back: the RFM segments the win-back recommendation counts (<see cref="SegmentNames.WinBack"/>: At Risk,
    /// Can't Lose Them — they bought often and for much, and have stopped), largest value at risk (churn × CLV) first
    /// once the models ran, then by past spend. Recent first-time buyers are not on it, however uncertain their return.
    /// </summary>
    public static IReadOnlyList<CustomerScore> WinBack(IReadOnlyList<CustomerScore> customers) =>
        customers
            .Where(c => SegmentNames.WinBack.Contains(c.Segment))
            .OrderByDescending(c => ValueAtRisk(c) ?? double.NegativeInfinity)
            .ThenByDescending(c => c.Monetary)
            .ThenBy(c => c.CustomerId, StringComparer.Ordinal)
            .ToList();

    /// <summary>Promotion: customers likely to buy in the horizon (P(buy) ≥ <paramref name="minProbability"/>), most likely first.</summary>
    public static IReadOnlyList<CustomerScore> Promotion(IReadOnlyList<CustomerScore> customers, double minProbability) =>
        customers
            .Where(c => c.PBuy >= minProbability)
            .OrderByDescending(c => c.PBuy)
            .ThenByDescending(c => c.PredictedSpend ?? 0)
            .ThenBy(c => c.CustomerId, StringComparer.Ordinal)
            .ToList();

    /// <summary>Loyalty: the RFM Champions (bought recently, often and for much), highest spend first. Needs no model.</summary>
    public static IReadOnlyList<CustomerScore> Loyalty(IReadOnlyList<CustomerScore> customers) =>
        customers
            .Where(c => c.Segment == "Champions")
            .OrderByDescending(c => c.Monetary)
            .ThenBy(c => c.CustomerId, StringComparer.Ordinal)
            .ToList();

    /// <summary>Cross-sell: each customer's next-best product with the rule behind it, strongest score first.</summary>
    public static IReadOnlyList<CrossSellTarget> CrossSell(
        IReadOnlyList<CustomerScore> customers, IReadOnlyList<NextBestProduct> recommendations, IReadOnlyList<AssociationRule> rules)
    {
        var byKey = customers.ToDictionary(c => c.CustomerKey);
        var ruleById = rules.ToDictionary(r => r.RuleId);
        return recommendations
            .Where(r => byKey.ContainsKey(r.CustomerKey))
            .Select(r => new CrossSellTarget(byKey[r.CustomerKey], r, r.RuleId is { } id ? ruleById.GetValueOrDefault(id) : null))
            .OrderByDescending(t => t.Offer.Score)
            .ThenBy(t => t.Customer.CustomerId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>What the business stands to lose: churn probability × 12-month CLV.</summary>
    public static double? ValueAtRisk(CustomerScore customer) => customer.ChurnProbability * customer.Clv;
}
