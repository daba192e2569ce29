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

        // Each transaction's frequent items as distinct ascending ranks, side by side in one array (the frequent
        // items' occurrences, counted once per transaction, are exactly its size).
        var ranks = new int[frequentOccurrences];
        var starts = new int[transactions.Count + 1];
        var paths = new List<int>(transactions.Count);
        var buffer = new int[16];
        var end = 0;
        for (var t = 0; t < transactions.Count; t++)
        {
            var transaction = transactions[t];
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

            var path = buffer.AsSpan(0, length);
            path.Sort();
            starts[t] = end;
            for (var i = 0; i < path.Length; i++)
            {
                if (i == 0 || path[i] != path[i - 1])
                {
                    ranks[end++] = path[i];
                }
            }

            starts[t + 1] = end;
            if (end > starts[t])
            {
                paths.Add(t);
            }
        }

        // In lexicographic order each path extends the previous one's shared prefix, so the tree is built without
        // searching any node's children (the same tree as inserting in any order).
        paths.Sort((a, b) => ranks.AsSpan(starts[a], starts[a + 1] - starts[a]).SequenceCompareTo(ranks.AsSpan(starts[b], starts[b + 1] - starts[b])));

        // Every node but the root holds at least one occurrence of a frequent item, which bounds the tree's size;
        // start there (up to a million nodes, 24 MB) rather than growing by doubling.
        var tree = new FpTree(keyOfRank.Length, nodeCapacity: (int)Math.Min(1 + frequentOccurrences, 1 << 20));
        foreach (var t in paths)
        {
            tree.InsertInOrder(ranks.AsSpan(starts[t], starts[t + 1] - starts[t]), 1);
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
