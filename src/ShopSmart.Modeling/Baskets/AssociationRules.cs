namespace ShopSmart.Modeling.Baskets;

/// <summary>Rules with one consequent, generated from frequent itemsets.</summary>
public static class AssociationRules
{
    /// <summary>
    /// Every rule A → c where A ∪ {c} is a frequent itemset of two products or more (so A has up to max length − 1
    /// products) that passes the thresholds, ordered by confidence, lift and count (descending), then antecedent
    /// (shorter, then ascending keys) and consequent.
    /// </summary>
    public static IReadOnlyList<AssociationRule> Generate(FrequentItemsets itemsets, AssociationRuleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(itemsets);
        options ??= new AssociationRuleOptions();
        options.Validate();

        var countOf = new Dictionary<IReadOnlyList<int>, int>(itemsets.Itemsets.Count, ItemsetComparer.Instance);
        foreach (var itemset in itemsets.Itemsets)
        {
            countOf[itemset.Items] = itemset.Count;
        }

        var rules = new List<AssociationRule>();
        var single = new int[1];
        foreach (var itemset in itemsets.Itemsets)
        {
            var items = itemset.Items;
            if (items.Count < 2)
            {
                continue;
            }

            var antecedent = new int[items.Count - 1];
            for (var skip = 0; skip < items.Count; skip++)
            {
                for (int i = 0, j = 0; i < items.Count; i++)
                {
                    if (i != skip)
                    {
                        antecedent[j++] = items[i];
                    }
                }

                // Every subset of a frequent itemset is frequent and no longer, so both look-ups succeed.
                var antecedentCount = countOf[antecedent];
                single[0] = items[skip];
                var consequentCount = countOf[single];
                var rule = new AssociationRule(antecedent, items[skip], itemset.Count, antecedentCount, consequentCount, itemsets.TransactionCount);
                if (rule.Confidence >= options.MinConfidence && rule.Lift > options.MinLift)
                {
                    rules.Add(rule);
                    antecedent = new int[items.Count - 1];
                }
            }
        }

        rules.Sort(RuleStrength.Compare);
        return rules;
    }
}
