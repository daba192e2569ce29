using System.Runtime.InteropServices;

namespace ShopSmart.Modeling.Baskets;

/// <summary>
/// Exact frequent itemsets by FP-Growth (Han, Pei &amp; Yin, 2000): one pass counts items, a second builds a prefix
/// tree of each transaction's frequent items in a fixed order, then itemsets grow from each item's conditional
/// tree without generating candidates. The first level uses the FP-array of FP-growth* (Grahne &amp; Zhu, 2003).
/// </summary>
public static class FpGrowth
{
    /// <summary>Every itemset of up to <see cref="FrequentItemsetOptions.MaxLength"/> products with enough support.</summary>
    /// <param name="transactions">One array of product keys per invoice; a key repeated within one counts once.</param>
    /// <param name="options">Support, length and size limits; the defaults when null.</param>
    /// <exception cref="ItemsetLimitExceededException">More itemsets than the options allow.</exception>
    public static FrequentItemsets Mine(IReadOnlyList<int[]> transactions, FrequentItemsetOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        options ??= new FrequentItemsetOptions();
        var minCount = options.MinCountFor(transactions.Count);

        var itemCounts = CountItems(transactions);
        var frequent = itemCounts.Where(kv => kv.Value.Count >= minCount).ToList();

        // Rank 0 is the most frequent item; ties by key so that the tree, and so the output, never varies.
        var keyOfRank = frequent
            .OrderByDescending(kv => kv.Value.Count)
            .ThenBy(kv => kv.Key)
            .Select(kv => kv.Key)
            .ToArray();

        var miner = new FpGrowthMiner(keyOfRank, minCount, transactions.Count, options);
        if (keyOfRank.Length > 0)
        {
            var occurrences = frequent.Sum(kv => (long)kv.Value.Count);
            miner.Run(BuildTree(transactions, keyOfRank, occurrences));
        }

        return new FrequentItemsets(miner.SortedResult(), transactions.Count, minCount, options.MaxLength);
    }

    private static Dictionary<int, ItemTally> CountItems(IReadOnlyList<int[]> transactions)
    {
        var counts = new Dictionary<int, ItemTally>();
        for (var t = 0; t < transactions.Count; t++)
        {
            var transaction = transactions[t]
                ?? throw new ArgumentException($"Transaction {t} is null; pass an empty array for an empty basket.", nameof(transactions));

            // Remembering the last transaction that counted an item collapses duplicates without sorting.
            foreach (var key in transaction)
            {
                ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _);
                if (tally.LastTransaction != t + 1)
                {
                    tally.LastTransaction = t + 1;
                    tally.Count++;
                }
            }
        }

        return counts;
    }

    private static FpTree BuildTree(IReadOnlyList<int[]> transactions, int[] keyOfRank, long frequentOccurrences)
    {
        var rankOfKey = new Dictionary<int, int>(keyOfRank.Length);
        for (var rank = 0; rank < keyOfRank.Length; rank++)
        {
            rankOfKey[keyOfRank[rank]] = rank;
        }

        // Every node but the root holds at least one occurrence of a frequent item, which bounds the tree's size;
        // start there (up to a million nodes, 24 MB) rather than growing by doubling.
        var tree = new FpTree(keyOfRank.Length, nodeCapacity: (int)Math.Min(1 + frequentOccurrences, 1 << 20));
        var buffer = new int[16];
        foreach (var transaction in transactions)
        {
            if (buffer.Length < transaction.Length)
            {
                buffer = new int[transaction.Length];
            }

            var length = 0;
            foreach (var key in transaction)
            {
                if (rankOfKey.TryGetValue(key, out var rank))
                {
                    buffer[length++] = rank;
                }
            }

            var ranks = buffer.AsSpan(0, length);
            ranks.Sort();
            var distinct = 0;
            for (var i = 0; i < ranks.Length; i++)
            {
                if (i == 0 || ranks[i] != ranks[i - 1])
                {
                    ranks[distinct++] = ranks[i];
                }
            }

            if (distinct > 0)
            {
                tree.Insert(ranks[..distinct], 1);
            }
        }

        tree.LayOutDepthFirst();
        return tree;
    }

    private struct ItemTally
    {
        public int Count;
        public int LastTransaction;
    }
}
