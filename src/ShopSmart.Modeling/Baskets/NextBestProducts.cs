namespace ShopSmart.Modeling.Baskets;

/// <summary>
/// Next-best products from association rules. The candidates for a customer are the consequents of rules whose
/// antecedent the customer has bought entirely and whose consequent they have not bought. Each candidate keeps its
/// best rule (highest confidence, then lift, then count, then shorter antecedent); candidates are ranked by score
/// (the best rule's confidence, or its blend with an external score), then confidence, then lift, then product (by
/// stock code when the caller gives the order, else by key).
/// </summary>
public sealed class NextBestProducts
{
    // Rules indexed by their smallest antecedent item: a customer's rules are found from the products they bought
    // instead of scanning every rule, and each rule is checked once.
    private readonly Dictionary<int, AssociationRule[]> _rulesByFirstItem;
    private readonly ProductOrder _products;

    public NextBestProducts(IEnumerable<AssociationRule> rules, ProductOrder? products = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _products = products ?? ProductOrder.ByKey;
        _rulesByFirstItem = rules
            .GroupBy(rule => rule.Antecedent.Count > 0
                ? rule.Antecedent[0]
                : throw new ArgumentException("A rule has an empty antecedent.", nameof(rules)))
            .ToDictionary(group => group.Key, group => group.ToArray());
    }

    /// <summary>
    /// The blended score (1 − w)·ruleScore + w·externalScore. Both scores are probabilities in [0, 1] (a rule's
    /// confidence, a propensity), so the blend is one too: w = 0 is the rule alone, w = 1 the external score alone.
    /// </summary>
    public static double Blend(double ruleScore, double externalScore, double weight)
    {
        RequireUnit(ruleScore, nameof(ruleScore));
        RequireUnit(externalScore, nameof(externalScore));
        RequireUnit(weight, nameof(weight));
        return ((1 - weight) * ruleScore) + (weight * externalScore);
    }

    /// <summary>The top products for a customer who has bought <paramref name="bought"/>.</summary>
    /// <param name="bought">Product keys the customer has already bought.</param>
    /// <param name="options">TopK and the external weight; the defaults when null.</param>
    /// <param name="externalScores">
    /// Per-product score blended in when <see cref="NextBestProductOptions.ExternalWeight"/> is above 0; a product
    /// without one blends with 0 (no evidence from the external model) and its recommendation's external score is null.
    /// </param>
    public IReadOnlyList<ProductRecommendation> For(
        IReadOnlySet<int> bought,
        NextBestProductOptions? options = null,
        IReadOnlyDictionary<int, double>? externalScores = null)
    {
        ArgumentNullException.ThrowIfNull(bought);
        options ??= new NextBestProductOptions();
        options.Validate();

        var best = new Dictionary<int, AssociationRule>();
        foreach (var item in bought)
        {
            if (!_rulesByFirstItem.TryGetValue(item, out var rules))
            {
                continue;
            }

            foreach (var rule in rules)
            {
                if (bought.Contains(rule.Consequent) || !AllBought(rule.Antecedent, bought))
                {
                    continue;
                }

                if (!best.TryGetValue(rule.Consequent, out var current) || RuleStrength.Compare(rule, current, _products) < 0)
                {
                    best[rule.Consequent] = rule;
                }
            }
        }

        var blend = options.ExternalWeight > 0 && externalScores is not null;
        var candidates = new List<(double Score, double? External, AssociationRule Rule)>(best.Count);
        foreach (var rule in best.Values)
        {
            if (blend)
            {
                // A product the external model does not score blends with 0, and says so with a null external score.
                var scored = externalScores!.TryGetValue(rule.Consequent, out var value);
                candidates.Add((Blend(rule.Confidence, scored ? value : 0, options.ExternalWeight), scored ? value : null, rule));
            }
            else
            {
                candidates.Add((rule.Confidence, null, rule));
            }
        }

        candidates.Sort((x, y) =>
        {
            var c = y.Score.CompareTo(x.Score);
            if (c == 0)
            {
                c = y.Rule.Confidence.CompareTo(x.Rule.Confidence);
            }

            if (c == 0)
            {
                c = y.Rule.Lift.CompareTo(x.Rule.Lift);
            }

            return c != 0 ? c : _products.Compare(x.Rule.Consequent, y.Rule.Consequent);
        });

        var top = Math.Min(options.TopK, candidates.Count);
        var result = new ProductRecommendation[top];
        for (var i = 0; i < top; i++)
        {
            var (score, external, rule) = candidates[i];
            result[i] = new ProductRecommendation(i + 1, rule.Consequent, score, rule, external);
        }

        return result;
    }

    private static bool AllBought(IReadOnlyList<int> antecedent, IReadOnlySet<int> bought)
    {
        for (var i = 1; i < antecedent.Count; i++)
        {
            if (!bought.Contains(antecedent[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static void RequireUnit(double value, string name)
    {
        if (!(value is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be in [0, 1].");
        }
    }
}
