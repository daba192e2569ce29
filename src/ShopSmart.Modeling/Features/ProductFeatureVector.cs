using ShopSmart.Modeling.Baskets;
using ShopSmart.Modeling.Data;

namespace ShopSmart.Modeling.Features;

/// <summary>
/// The numbers the product-propensity model learns from for a (customer, product) pair as of a cut-off: the customer's
/// features, their history with the product, the product's recent popularity, and the strongest association rule
/// "X → product" whose X the customer has bought (its confidence and lift; 0 when none applies).
/// </summary>
public sealed class ProductFeatureVector
{
    public static readonly IReadOnlyList<string> ProductNames =
    [
        "product_bought_before",
        "product_invoices",
        "product_days_since_last",
        "product_popularity",
        "product_rule_confidence",
        "product_rule_lift",
    ];

    private readonly PurchaseHistory _history;
    private readonly Dictionary<int, AssociationRule[]> _rulesByConsequent;
    private readonly Dictionary<int, double> _popularity;
    private readonly DateOnly _cutoff;

    /// <param name="targets">The products pairs are built for: only their rules are kept.</param>
    public ProductFeatureVector(
        DateOnly cutoff, PurchaseHistory history, IEnumerable<AssociationRule> rules, IEnumerable<ProductInfo> products, int customers,
        IReadOnlyCollection<int> targets)
    {
        _cutoff = cutoff;
        _history = history;
        var targetSet = targets.ToHashSet();
        // Strongest first (a stable sort keeps the mined order among equals), so the first rule that applies is the best.
        _rulesByConsequent = rules.Where(r => targetSet.Contains(r.Consequent))
            .GroupBy(r => r.Consequent).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Confidence).ToArray());
        _popularity = products.ToDictionary(p => p.ProductKey, p => customers == 0 ? 0 : p.RecentCustomers / (double)customers);
    }

    public static IReadOnlyList<string> Names => [.. CustomerFeatureVector.Names, .. ProductNames];

    public int Invoices(int customerKey, int productKey) =>
        _history.TryGet(customerKey, productKey, out var p) ? p.Invoices : 0;

    public float[] From(float[] customer, CustomerFeatures c, int productKey)
    {
        var products = _history.Of(c.CustomerKey);
        var i = PurchaseHistory.IndexOf(products, productKey);
        var daysSince = i >= 0 ? _cutoff.DayNumber - products[i].LastPurchaseDate.DayNumber : c.TenureDays + 365;
        var (confidence, lift) = BestRule(products, productKey);
        var row = new float[customer.Length + ProductNames.Count];
        customer.CopyTo(row, 0);
        var j = customer.Length;
        row[j++] = i < 0 ? 0 : 1;
        row[j++] = (float)Math.Log(1 + (i < 0 ? 0 : products[i].Invoices));
        row[j++] = (float)Math.Log(1 + Math.Max(0, daysSince));
        row[j++] = (float)_popularity.GetValueOrDefault(productKey);
        row[j++] = (float)confidence;
        row[j] = (float)lift;
        return row;
    }

    private (double Confidence, double Lift) BestRule(ReadOnlySpan<ProductPurchase> bought, int productKey)
    {
        if (bought.IsEmpty || !_rulesByConsequent.TryGetValue(productKey, out var rules))
        {
            return (0, 0);
        }

        foreach (var rule in rules)
        {
            if (rule.Confidence > 0 && Holds(rule.Antecedent, bought))
            {
                return (rule.Confidence, rule.Lift);
            }
        }

        return (0, 0);
    }

    private static bool Holds(IReadOnlyList<int> antecedent, ReadOnlySpan<ProductPurchase> bought)
    {
        for (var i = 0; i < antecedent.Count; i++)
        {
            if (PurchaseHistory.IndexOf(bought, antecedent[i]) < 0)
            {
                return false;
            }
        }

        return true;
    }
}
