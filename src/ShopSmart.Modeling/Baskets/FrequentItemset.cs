namespace ShopSmart.Modeling.Baskets;

/// <summary>A set of products bought together in at least the minimum number of transactions.</summary>
/// <param name="Items">Product keys, distinct, in ascending order.</param>
/// <param name="Count">Transactions that contain every item.</param>
/// <param name="TransactionCount">All transactions mined, empty ones included: the support's denominator.</param>
public sealed record FrequentItemset(IReadOnlyList<int> Items, int Count, int TransactionCount)
{
    /// <summary>Count / transactions.</summary>
    public double Support => (double)Count / TransactionCount;
}
