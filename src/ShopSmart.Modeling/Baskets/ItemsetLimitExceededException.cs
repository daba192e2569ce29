namespace ShopSmart.Modeling.Baskets;

/// <summary>FP-Growth found more itemsets than <see cref="FrequentItemsetOptions.MaxItemsets"/> allows.</summary>
public sealed class ItemsetLimitExceededException : InvalidOperationException
{
    public ItemsetLimitExceededException(int maxItemsets, int minCount, int transactionCount, int maxLength)
        : base(
            $"FP-Growth stopped after more than {maxItemsets:N0} frequent itemsets (minimum count {minCount:N0} of " +
            $"{transactionCount:N0} transactions, itemsets up to {maxLength} products). Raise the minimum support, " +
            "lower the maximum itemset length, or raise MaxItemsets if that many are really wanted.")
    {
        MaxItemsets = maxItemsets;
        MinCount = minCount;
        TransactionCount = transactionCount;
        MaxLength = maxLength;
    }

    public ItemsetLimitExceededException()
    {
    }

    public ItemsetLimitExceededException(string message)
        : base(message)
    {
    }

    public ItemsetLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int MaxItemsets { get; }

    public int MinCount { get; }

    public int TransactionCount { get; }

    public int MaxLength { get; }
}
