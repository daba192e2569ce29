namespace ShopSmart.Modeling.Baskets;

/// <summary>How much support an itemset needs, how long it may be, and when mining gives up.</summary>
public sealed class FrequentItemsetOptions
{
    /// <summary>
    /// Minimum support as a fraction of all transactions (empty ones included), in (0, 1]. Ignored when
    /// <see cref="MinCount"/> is set.
    /// </summary>
    public double MinSupport { get; set; } = 0.01;

    /// <summary>Minimum number of transactions an itemset must occur in; overrides <see cref="MinSupport"/> when set.</summary>
    public int? MinCount { get; set; }

    /// <summary>Longest itemset to find. 3 keeps rules at "two products → a third", which is what a basket tells.</summary>
    public int MaxLength { get; set; } = 3;

    /// <summary>
    /// Mining stops with <see cref="ItemsetLimitExceededException"/> past this many itemsets: a support set too low
    /// on dense data grows the output combinatorially, and it is better to say so than to run out of memory.
    /// </summary>
    public int MaxItemsets { get; set; } = 1_000_000;

    /// <summary>
    /// Most counters (4 bytes each) for the table of pair counts FP-Growth fills in one pass before its first level
    /// (FP-growth*'s FP-array): n frequent items need n·(n − 1)/2. The default, 8,388,608 (32 MiB), covers about
    /// 4,000 frequent items; past it, or at 0, pairs are counted by walking the tree, which gives the same result
    /// more slowly.
    /// </summary>
    public long MaxPairCounters { get; set; } = 1L << 23;

    /// <summary>The minimum count that applies to <paramref name="transactionCount"/> transactions (at least 1).</summary>
    public int MinCountFor(int transactionCount)
    {
        Validate();
        if (MinCount is { } count)
        {
            return count;
        }

        // The small allowance keeps 0.07 × 100 (7.000000000000001 in binary) at 7, not 8.
        var needed = Math.Ceiling((MinSupport * transactionCount) - 1e-9);
        return (int)Math.Max(1, needed);
    }

    internal void Validate()
    {
        if (!(MinSupport > 0 && MinSupport <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MinSupport), MinSupport, "Minimum support must be in (0, 1].");
        }

        if (MinCount is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinCount), MinCount, "Minimum count must be at least 1.");
        }

        if (MaxLength < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxLength), MaxLength, "Maximum itemset length must be at least 1.");
        }

        if (MaxPairCounters < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPairCounters), MaxPairCounters, "The pair counter limit cannot be negative.");
        }

        if (MaxItemsets < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxItemsets), MaxItemsets, "Maximum number of itemsets must be at least 1.");
        }
    }
}
