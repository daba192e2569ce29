namespace ShopSmart.Modeling.Baskets;

/// <summary>What FP-Growth found, in a fixed order: by length, then count descending, then items ascending.</summary>
/// <param name="Itemsets">Every frequent itemset up to the maximum length.</param>
/// <param name="TransactionCount">Transactions mined, empty ones included.</param>
/// <param name="MinCount">The minimum count that was applied.</param>
/// <param name="MaxLength">The longest itemset that was looked for.</param>
public sealed record FrequentItemsets(IReadOnlyList<FrequentItemset> Itemsets, int TransactionCount, int MinCount, int MaxLength);
