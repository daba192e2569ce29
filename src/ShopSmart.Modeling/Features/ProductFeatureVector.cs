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

    private readonly Dictionary<int, Dictionary<int, CustomerProduct>> _history;
    private readonly Dictionary<int, AssociationRule[]> _rulesByConsequent;
    private readonly Dictionary<int, double> _popularity;
    private readonly DateOnly _cutoff;

    /// <param name="targets">The products pairs are built for: only the customers' history with them and with their
    /// rules' antecedents is kept, which is all a feature looks at (at 80 k customers the whole history is 3.4 M rows;
    /// keeping it all cost the modelling run ~0.8 GB).</param>
    public ProductFeatureVector(
        DateOnly cutoff, IEnumerable<CustomerProduct> history, IEnumerable<AssociationRule> rules, IEnumerable<ProductInfo> products, int customers,
        IReadOnlyCollection<int> targets)
    {
        _cutoff = cutoff;
        var targetSet = targets.ToHashSet();
        // Strongest first (a stable sort keeps the mined order among equals), so the first rule that applies is the best.
        _rulesByConsequent = rules.Where(r => targetSet.Contains(r.Consequent))
            .GroupBy(r => r.Consequent).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Confidence).ToArray());
        var relevant = targetSet.Concat(_rulesByConsequent.Values.SelectMany(r => r).SelectMany(r => r.Antecedent)).ToHashSet();
        _history = [];
        foreach (var h in history)
        {
            if (!relevant.Contains(h.ProductKey))
            {
                continue;
            }

            if (!_history.TryGetValue(h.CustomerKey, out var bought))
            {
                _history[h.CustomerKey] = bought = [];
            }

            bought.Add(h.ProductKey, h);
        }

        _popularity = products.ToDictionary(p => p.ProductKey, p => customers == 0 ? 0 : p.RecentCustomers / (double)customers);
    }

    public static IReadOnlyList<string> Names => [.. CustomerFeatureVector.Names, .. ProductNames];

    public int Invoices(int customerKey, int productKey) =>
        _history.TryGetValue(customerKey, out var products) && products.TryGetValue(productKey, out var p) ? p.Invoices : 0;

    public float[] From(float[] customer, CustomerFeatures c, int productKey)
    {
        var products = _history.GetValueOrDefault(c.CustomerKey);
        CustomerProduct? history = products is not null && products.TryGetValue(productKey, out var h) ? h : null;
        var daysSince = history is { } bought ? _cutoff.DayNumber - DateOnly.FromDateTime(bought.LastPurchaseDate).DayNumber : c.TenureDays + 365;
        var (confidence, lift) = BestRule(products, productKey);
        var row = new float[customer.Length + ProductNames.Count];
        customer.CopyTo(row, 0);
        var j = customer.Length;
        row[j++] = history is null ? 0 : 1;
        row[j++] = (float)Math.Log(1 + (history?.Invoices ?? 0));
        row[j++] = (float)Math.Log(1 + Math.Max(0, daysSince));
        row[j++] = (float)_popularity.GetValueOrDefault(productKey);
        row[j++] = (float)confidence;
        row[j] = (float)lift;
        return row;
    }

    private (double Confidence, double Lift) BestRule(Dictionary<int, CustomerProduct>? bought, int productKey)
    {
        if (bought is null || !_rulesByConsequent.TryGetValue(productKey, out var rules))
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

    private static bool Holds(IReadOnlyList<int> antecedent, Dictionary<int, CustomerProduct> bought)
    {
        for (var i = 0; i < antecedent.Count; i++)
        {
            if (!bought.ContainsKey(antecedent[i]))
            {
                return false;
            }
        }

        return true;
    }
}
